# -*- coding: utf-8 -*-
"""Documents around a plan that are not OPPs, blank formats and the fillable form."""
import datetime as dt

from gen_content import d_num, d_long, el_blocks, consent_blocks, PLACEHOLDERS, INSTR, LAW_DATE
from gen_layouts_flat import flat


def letter_invite(p):
    t = p.oogo_date
    return [("meta", f"{p.school}\n{p.plaats}"),
            ("p", f"Aan de ouders/verzorgers van {p.full}"), ("p", f"{p.plaats}, {d_long(t - dt.timedelta(days=14))}"),
            ("p", "Betreft: uitnodiging voor een gesprek over het ontwikkelingsperspectief"),
            ("p", "Beste ouders/verzorgers,"),
            ("p", f"{p.naam} krijgt op school extra ondersteuning. Daarom stellen wij een ontwikkelingsperspectiefplan (OPP) op. "
                  f"In het OPP staat onder andere de verwachte uitstroombestemming, de onderbouwing daarvan, de belemmerende en "
                  f"bevorderende factoren en de ondersteuning die {p.naam} krijgt."),
            ("p", f"Wij nodigen u graag uit voor een gesprek op {d_long(t)} om 15.30 uur. Bij het gesprek zijn {p.mentor} "
                  f"({p.mentor_rol}) en {p.ib} ({p.ib_rol}) aanwezig. We bespreken dan samen het concept en horen graag uw "
                  f"ideeën. Ook {p.naam} mag aanschuiven of vooraf met de {p.mentor_rol} praten over wat {p.hij} zelf belangrijk vindt."),
            ("p", "Na het gesprek passen wij het plan zo nodig aan. U krijgt daarna het definitieve plan thuisgestuurd en wij vragen "
                  "dan uw instemming met het handelingsdeel."),
            ("p", "Kunt u niet op dit tijdstip? Laat het ons dan weten via het ouderportaal of telefonisch."),
            ("p", "Met vriendelijke groet,"), ("p", f"{p.ib}\n{p.ib_rol}, {p.school}")]


def letter_cover(p):
    return [("meta", f"{p.school} | {p.plaats}"),
            ("p", f"Aan de ouders/verzorgers van {p.full}"), ("p", f"{p.plaats}, {d_long(p.plan_date)}"),
            ("p", f"Kenmerk: OPP-{p.r.randint(1000, 9999)}"),
            ("p", f"Betreft: toezending ontwikkelingsperspectief {p.full}"),
            ("p", "Geachte ouders/verzorgers,"),
            ("p", f"Naar aanleiding van ons gesprek van {d_long(p.oogo_date)} sturen wij u hierbij het ontwikkelingsperspectiefplan "
                  f"van {p.naam}, zoals dat door de school is vastgesteld. Het plan zelf vindt u als bijlage bij deze brief."),
            ("p", "Op het handelingsdeel van het plan heeft u instemmingsrecht. Wij vragen u het instemmingsformulier achter in het "
                  "plan te ondertekenen en binnen twee weken aan de mentor terug te geven."),
            ("p", "Bent u het niet eens met (een deel van) het plan, neem dan contact met ons op. U kunt zich ook laten adviseren door "
                  "een onderwijsconsulent of het ouder- en jeugdsteunpunt. Binnen zes weken kunt u een geschil voorleggen aan de "
                  "Geschillencommissie passend onderwijs."),
            ("p", "Met vriendelijke groet,"), ("p", f"{p.dir}\n{p.dir_rol}"),
            ("p", "Bijlage: ontwikkelingsperspectiefplan (8 pagina's)")]


def reminder_email(p):
    sent = p.cons_date + dt.timedelta(days=21)
    return [("meta", f"Van: {p.ib} <{p.ib.lower().replace('. ', '.').replace(' ', '')}@{p.school.split()[-1].lower()}.nl>\n"
                     f"Aan: {p.moeder.lower().replace('. ', '').replace(' ', '')}@mailbox.nl\n"
                     f"Verzonden: {d_long(sent)} 16:42\nOnderwerp: Herinnering: ondertekening OPP {p.naam}"),
            ("p", "Beste ouders van " + p.naam + ","),
            ("p", f"Op {d_long(p.plan_date)} hebben wij u het ontwikkelingsperspectief (OPP) van {p.naam} toegestuurd. "
                  f"Wij hebben het getekende instemmingsformulier voor het handelingsdeel nog niet van u terug ontvangen."),
            ("p", "Wilt u het formulier alsnog ondertekenen en inleveren bij de leerkracht of een foto ervan mailen? Heeft u vragen over "
                  "het plan of bent u het ergens niet mee eens, bel of mail mij gerust, dan plannen we een gesprek."),
            ("p", f"Met vriendelijke groet,\n{p.ib}\n{p.ib_rol}\n{p.school}"),
            ("p", "---------- Oorspronkelijk bericht ----------"),
            ("p", f"Verzonden: {d_long(p.plan_date)} 10:05 - Onderwerp: OPP {p.naam} - Bijlage: OPP_{p.achternaam.replace(' ', '')}.pdf")]


def email_thread(p):
    return [("meta", f"Afdrukken - Webmail\nOnderwerp: vraag over het OPP van {p.naam}"),
            ("h2", f"Van: {p.moeder} - {d_long(p.plan_date + dt.timedelta(days=3))} 21:17"),
            ("p", f"Goedenavond, wij hebben het OPP ontvangen. Wij vragen ons af waarom er staat dat {p.naam} naar "
                  f"{p.dest_opts[p.dest_idx]} gaat, in groep 5 werd nog iets anders gezegd. En hoe vaak krijgt {p.hij} nu precies "
                  f"extra hulp? Voordat we tekenen willen we dit graag weten. Groet, {p.moeder}"),
            ("h2", f"Van: {p.ib} - {d_long(p.plan_date + dt.timedelta(days=4))} 08:12"),
            ("p", f"Beste mevrouw, dank voor uw vragen. De verwachting is gebaseerd op de toetsgegevens en het onderzoek; in het "
                  f"plan staat dat we dit bij de evaluatie opnieuw bekijken. De extra hulp staat in het handelingsdeel. Ik stel voor "
                  f"dat we het donderdag na schooltijd samen doornemen. U hoeft het plan pas te ondertekenen als u het ermee eens "
                  f"bent. Met vriendelijke groet, {p.ib}, {p.ib_rol}"),
            ("h2", f"Van: {p.moeder} - {d_long(p.plan_date + dt.timedelta(days=4))} 12:40"),
            ("p", "Donderdag is goed, tot dan.")]


def leaflet(swv):
    return [("title", "Wat is een OPP?"), ("meta", f"Informatie voor ouders - {swv}"),
            ("h1", "Waarom een ontwikkelingsperspectief?"),
            ("p", "Heeft uw kind extra ondersteuning nodig, dan stelt de school een ontwikkelingsperspectiefplan (OPP) op. Op het "
                  "speciaal (basis)onderwijs en het praktijkonderwijs krijgt iedere leerling een OPP."),
            ("h1", "Wat staat erin?"),
            ("bullets", ["de te verwachten uitstroombestemming: naar welke vorm van vervolgonderwijs, werk of dagbesteding uw kind "
                         "waarschijnlijk gaat, en waarom de school dat verwacht;",
                         "de belemmerende en bevorderende factoren: wat het leren moeilijker maakt en wat helpt;",
                         "de onderwijs- en ondersteuningsbehoeften van uw kind;",
                         "het handelingsdeel: welke ondersteuning uw kind krijgt, van wie, hoe vaak, en welke doelen er zijn;",
                         "eventuele afwijkingen van het onderwijsprogramma, zoals een eigen leerlijn of vrijstelling;",
                         "adviezen van deskundigen."]),
            ("h1", "Wat is uw rol?"),
            ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Met het "
                  "handelingsdeel moet u instemmen; de school vraagt daarvoor uw handtekening. Sinds 1 augustus 2025 moet de school "
                  "ook de mening van uw kind vragen en in het plan opnemen. Het plan wordt minstens eens per jaar met u geëvalueerd."),
            ("h1", "Niet eens?"),
            ("p", "Ga eerst in gesprek met de school. Kom je er samen niet uit, dan kun je terecht bij het ouder- en jeugdsteunpunt, "
                  "een onderwijsconsulent of, binnen zes weken, bij de Geschillencommissie passend onderwijs."),
            ("h2", "Handtekening ouder: ___________________   Datum: ___________"),
            ("p", "(Voorbeeld: zo ziet de handtekeningregel in het OPP eruit.)"),
            ("meta", "Deze folder is geen ontwikkelingsperspectief. Aan deze tekst kunnen geen rechten worden ontleend.")]


def evaluation_report(p):
    e = p.eval_date
    return [("meta", f"{p.school}"), ("title", f"Evaluatieverslag OPP - {p.full}"),
            ("kv", [("Leerling", p.full), ("Groep/klas", p.klas), ("OPP vastgesteld op", d_num(p.plan_date)),
                    ("Datum evaluatie", d_num(e)), ("Aanwezig", f"{p.moeder}, {p.naam}, {p.mentor}, {p.ib}")]),
            ("h1", "Terugblik op de doelen"),
            ("table", ["Doel", "Resultaat", "Behaald?"],
             [["Technisch lezen AVI-E5 beheersing", "AVI-E5 instructieniveau, 4 fouten per 100 woorden", "gedeeltelijk"],
              ["Tafels 1 t/m 5 geautomatiseerd", "18 van 20 goed in 2 min.", "ja"],
              ["Zelf om hulp vragen (3x per dag)", "gemiddeld 2x per dag", "gedeeltelijk"]]),
            ("h1", "Wat zeiden ouders en leerling?"),
            ("p", f"Ouders zien thuis meer leesplezier. {p.naam} zegt dat het werken aan de instructietafel fijn is maar dat "
                  f"{p.hij} nog steeds vaak als laatste klaar is."),
            ("h1", "Conclusie en vervolg"),
            ("p", "De uitstroombestemming blijft ongewijzigd. Het leesdoel wordt voortgezet. Het OPP wordt op basis van deze evaluatie "
                  "bijgesteld; het bijgestelde handelingsdeel wordt u binnenkort ter instemming toegestuurd."),
            ("p", f"Verslag: {p.ib}, {d_num(e)}")]


def intake_form(p):
    return [("meta", f"{p.school} - Commissie van begeleiding"), ("title", "Intakeformulier nieuwe leerling"),
            ("kv", [("Naam leerling", p.full), ("Geboortedatum", d_num(p.dob)), ("Datum intake", d_num(p.intake_date)),
                    ("Vorige school", "OBS De Peppel, " + p.plaats), ("Toelaatbaarheidsverklaring", "SO cat. laag, geldig t/m 31-07-2028"),
                    ("Aanwezig", f"{p.moeder}, {p.ib} ({p.ib_rol})")]),
            ("h1", "Reden van aanmelding"),
            ("p", f"{p.naam} liep op de vorige school vast in de grote groep: veel conflicten op het plein en weinig leerresultaat."),
            ("h1", "Informatie van ouders"),
            ("p", f"Thuis is {p.naam} vrolijk en behulpzaam. Ouders zien dat {p.hij} snel overprikkeld raakt. Bekend bij de "
                  f"jeugdarts; logopedie in groep 2-3."),
            ("h1", "Eerste afspraken"),
            ("bullets", ["Wenperiode van twee weken met halve dagen.",
                         "Binnen zes weken na plaatsing stelt de school het ontwikkelingsperspectief op en bespreekt dat met ouders.",
                         "Ouders leveren de verslagen van de logopedist en de GZ-psycholoog aan."]),
            ("sig", [("ouder", p.moeder, d_num(p.intake_date), True), ("school", p.ib, d_num(p.intake_date), True)], None),
            ("p", "Ouders geven met hun handtekening toestemming om informatie op te vragen bij de vorige school.")]


def groei_no_opp(p):
    return [("meta", p.swv), ("title", f"Groeidocument {p.full}"),
            ("p", "Status: groeidocument in de basisondersteuning. Er is (nog) geen ontwikkelingsperspectief vastgesteld; "
                  "pas als een arrangement nodig is wordt hoofdstuk 6 (OPP) ingevuld."),
            ("kv", [("Naam", p.full), ("Groep", p.klas), ("School", p.school)]),
            ("h1", "1. Wat gaat goed?"),
            ("p", f"{p.naam} is sociaal sterk en werkt goed samen. Rekenen gaat volgens verwachting."),
            ("h1", "2. Wat is lastig?"),
            ("p", f"Spelling: {p.naam} maakt veel fouten in werkwoordspelling en lijkt dyslectische kenmerken te hebben."),
            ("h1", "3. Wat heb ik nodig? (onderwijsbehoeften)"),
            ("p", f"{p.naam} heeft herhaling van de spellingcategorieën nodig en extra tijd bij dictees."),
            ("h1", "4. Afspraken"),
            ("p", "Extra spellinginstructie in de groep (basisondersteuning), zes weken. Daarna bespreking in het ondersteuningsteam."),
            ("h1", "6. Ontwikkelingsperspectief (OPP)"),
            ("p", "Niet van toepassing: er is geen extra ondersteuning."),
            ("p", f"Besproken met ouders op {d_num(p.oogo_date)}.")]


def newsletter(swv):
    return [("title", "Nieuwsbrief december"), ("meta", f"{swv} - voor ouders en scholen"),
            ("h1", "Nieuwe regels voor het OPP"),
            ("p", "Sinds 1 augustus 2025 hebben leerlingen hoorrecht: de school moet de mening van de leerling vragen over het "
                  "ontwikkelingsperspectief en opschrijven wat ermee is gedaan. Ouders blijven instemmingsrecht houden op het "
                  "handelingsdeel."),
            ("h1", "Ouderavond 'Samen het OPP maken'"),
            ("p", "Op dinsdag 20 januari organiseren wij een ouderavond over het opstellen, evalueren en ondertekenen van het OPP. "
                  "Aanmelden kan via de website."),
            ("h1", "Onderwijsconsulenten"),
            ("p", "Komen ouders en school er niet uit, dan kan een onderwijsconsulent kosteloos meedenken."),
            ("h1", "Kerstvakantie"),
            ("p", "Het bureau is gesloten van 22 december tot en met 2 januari.")]


# ------------------------------------------------------------------ blank formats
def blank_swv(with_instr):
    from gen_layouts import H
    h = H["swv"]

    def body(el):
        return [("p", INSTR[el])] if with_instr and el in INSTR else []
    out = [("meta", "Samenwerkingsverband Passend Onderwijs Velderland - format OPP versie 2025"),
           ("title", "Ontwikkelingsperspectiefplan (OPP)"), ("h1", "1. Gegevens leerling"),
           ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("School", ""), ("Groep/klas", ""), ("Opgesteld door", "")]),
           ("h1", "2. Perspectief")]
    for el in ["uitstroombestemming", "onderbouwing"]:
        out += [("h2", h[el])] + body(el)
    out.append(("h1", "3. Belemmerende en bevorderende factoren"))
    for el in ["belemmerende_factoren", "bevorderende_factoren"]:
        out += [("h2", h[el])] + body(el)
    out += [("h1", h["ondersteuningsbehoefte"])] + body("ondersteuningsbehoefte")
    out += [("h1", h["adviezen_professionals"])] + body("adviezen_professionals")
    out.append(("h1", "6. Handelingsdeel"))
    out += [("h2", h["doelen"])] + body("doelen")
    out += [("h2", h["ondersteuning"]), ("table", ["Wat", "Door wie", "Hoe vaak", "Vanaf"], [["", "", "", ""], ["", "", "", ""]])]
    out += [("h2", h["afwijkingen_onderwijsprogramma"]),
            ("checks", [(False, "Nee, geen afwijkingen"), (False, "Ja, namelijk:")])]
    for el in ["inbreng_leerling", "evaluatie", "oogo"]:
        out += [("h1", h[el])] + body(el)
    out += [("h1", "10. Vaststelling en instemming"), ("h2", h["vaststelling"]),
            ("kv", [("Vastgesteld op", ""), ("Door (naam, functie)", "")]),
            ("h2", h["instemming_ouders"]),
            ("p", "Ouder(s)/verzorger(s) verklaren in te stemmen met het handelingsdeel van dit ontwikkelingsperspectief."),
            ("checks", [(False, "Akkoord"), (False, "Niet akkoord")]),
            ("sig", [("ouder(s)/verzorger(s)", "", "", False), ("school", "", "", False)], None),
            ("h1", h["informatie_rechten"])] + body("informatie_rechten")
    return out


# ------------------------------------------------------------------ fillable form
def form_fields(p, var, blank=False, subset=None):
    def val(el, style="text"):
        v = var.get(el, "ok")
        if blank or v == "empty":
            return ""
        if v in PLACEHOLDERS:
            return PLACEHOLDERS[v]
        return flat(el_blocks(el, v, p, style))
    F = []
    F.append(("Naam leerling", "" if blank else p.full, "text"))
    F.append(("Geboortedatum / groep of leerjaar", "" if blank else f"{d_num(p.dob)} / {p.klas}", "text"))
    F.append(("School", "" if blank else f"{p.school}, {p.plaats}", "text"))
    wanted = subset or ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
                        "ondersteuningsbehoefte", "adviezen_professionals", "doelen", "ondersteuning",
                        "afwijkingen_onderwijsprogramma", "inbreng_leerling", "evaluatie", "oogo", "vaststelling",
                        "informatie_rechten", "instemming_ouders"]
    lab = {"uitstroombestemming": "1. Verwachte uitstroombestemming", "onderbouwing": "2. Onderbouwing uitstroombestemming",
           "belemmerende_factoren": "3. Belemmerende factoren", "bevorderende_factoren": "4. Bevorderende factoren",
           "ondersteuningsbehoefte": "5. Onderwijsbehoeften", "adviezen_professionals": "6. Adviezen van deskundigen",
           "doelen": "7. Doelen komende periode", "ondersteuning": "8. Ondersteuning: wat, wie, hoe vaak, vanaf wanneer",
           "afwijkingen_onderwijsprogramma": "9. Afwijkingen van het onderwijsprogramma",
           "inbreng_leerling": "10. Mening van de leerling en wat ermee is gedaan", "evaluatie": "11. Evaluatie (wanneer, met wie)",
           "oogo": "12. Besproken met ouders (datum, aanwezigen)", "vaststelling": "13. Vastgesteld (datum, naam en functie)",
           "informatie_rechten": "14. Niet eens met het plan?", "instemming_ouders": "15. Instemming ouders met het handelingsdeel"}
    for el in wanted:
        if var.get(el, "ok") == "miss":
            continue
        if el == "uitstroombestemming":
            F.append((lab[el], [(False if blank or var.get(el) == "unticked" else i == p.dest_idx, o) for i, o in enumerate(p.dest_opts)], "check"))
            F.append(("Toelichting uitstroombestemming", "" if blank else ("" if var.get(el) == "unticked" else p.dest), "text"))
        elif el == "afwijkingen_onderwijsprogramma":
            v = var.get(el, "ok")
            F.append((lab[el], [(not blank and v == "na", "Nee, geen afwijkingen"), (not blank and v.startswith("ok"), "Ja, namelijk:")], "check"))
            F.append(("Toelichting afwijkingen", "" if blank or v == "na" else val(el), "multiline"))
        elif el == "instemming_ouders":
            v = var.get(el, "ok_form")
            ticked = (not blank) and v == "ok_form"
            F.append((lab[el], [(ticked, "Ik/wij stem(men) in met het handelingsdeel"), (False, "Ik/wij stem(men) niet in")], "check"))
            F.append(("Naam ouder/verzorger", "" if blank else f"{p.moeder}", "text"))
            F.append(("Datum", "" if blank else d_num(p.cons_date), "text"))
            F.append(("Handtekening ouder/verzorger", (not blank), "sigpad"))
        elif el in ("oogo", "vaststelling"):
            F.append((lab[el], val(el), "text" if blank else "multiline"))
        else:
            F.append((lab[el], val(el), "multiline"))
    return F
