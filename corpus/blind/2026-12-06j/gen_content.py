# -*- coding: utf-8 -*-
"""Element content for the blind OPP set: headings, present texts and gap texts.
All names, schools and places are invented."""
import datetime as dt

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]


def dlong(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def dshort(d):
    return d.strftime("%d-%m-%Y")


def add(d, days):
    return d + dt.timedelta(days=days)


# Heading variants per element; layouts pick different ones so no phrase is fixed per element.
HEAD = {
    "uitstroombestemming": ["Te verwachten uitstroombestemming", "Uitstroomperspectief", "Verwachte uitstroom",
                            "Uitstroomprofiel", "Perspectief na deze school", "Beoogde uitstroombestemming",
                            "Verwacht vervolg (uitstroomniveau)", "Uitstroom"],
    "onderbouwing": ["Onderbouwing van het uitstroomperspectief", "Waarom dit perspectief?", "Onderbouwing",
                     "Argumentatie uitstroombestemming", "Toelichting op het verwachte niveau",
                     "Gegevens waarop het perspectief is gebaseerd", "Motivering", "Onderbouwing uitstroom"],
    "belemmerende_factoren": ["Belemmerende factoren", "Wat maakt het lastig?", "Belemmerend",
                              "Risicofactoren", "Factoren die de ontwikkeling belemmeren", "Aandachtspunten",
                              "Belemmerende kenmerken", "Wat zit in de weg?"],
    "bevorderende_factoren": ["Bevorderende factoren", "Wat gaat goed? / Sterke kanten", "Stimulerend",
                              "Beschermende factoren", "Positieve factoren", "Kansen en talenten",
                              "Stimulerende factoren", "Sterke kanten"],
    "ondersteuningsbehoefte": ["Onderwijs- en ondersteuningsbehoeften", "Wat heeft de leerling nodig?",
                               "Ondersteuningsbehoefte", "Onderwijsbehoeften", "Behoeften van de leerling",
                               "Deze leerling heeft nodig...", "Hulpvraag / onderwijsbehoefte", "Wat hij/zij nodig heeft"],
    "ondersteuning": ["Handelingsdeel: te bieden ondersteuning en begeleiding", "Wat doet school?",
                      "Ondersteuningsaanbod", "Extra ondersteuning (wie, wat, wanneer)", "Plan van aanpak",
                      "Begeleiding en inzet", "Arrangement", "Afspraken over begeleiding"],
    "afwijkingen_onderwijsprogramma": ["Afwijkingen van het onderwijsprogramma", "Afwijkend programma",
                                       "Wordt er afgeweken van het reguliere programma?",
                                       "Aanpassingen in het programma / lestijd", "Eigen leerlijn / vrijstellingen",
                                       "Programma-aanpassingen", "Afwijkingen (leerlijn, uren, vrijstelling)",
                                       "Onderwijsprogramma"],
    "doelen": ["Doelen", "Waar werken we aan?", "Doelen komende periode", "Tussendoelen",
               "Ontwikkeldoelen", "Leerdoelen en ontwikkeldoelen", "Concrete doelen", "Mijn doelen"],
    "adviezen_professionals": ["Adviezen van deskundigen", "Externe adviezen", "Advies van betrokken specialisten",
                               "Adviezen uit onderzoek", "Advies commissie van begeleiding en externen",
                               "Wat adviseren deskundigen?", "Onderzoeksgegevens en adviezen", "Betrokken deskundigen"],
    "oogo": ["Op overeenstemming gericht overleg", "Gesprek met ouders", "OOGO", "Overleg met ouders",
             "Besproken met", "Hoe is het plan tot stand gekomen?", "Overleg ouders/verzorgers", "Gespreksverslag"],
    "instemming_ouders": ["Instemming handelingsdeel", "Ondertekening", "Akkoordverklaring", "Handtekeningen",
                          "Instemming ouders/verzorgers", "Voor akkoord", "Toestemming ouders", "Ondertekening en instemming"],
    "inbreng_leerling": ["Inbreng van de leerling", "Wat vind ik zelf?", "Stem van de leerling",
                         "Visie leerling", "Mening van de leerling", "Dit wil ik zelf", "Hoorrecht leerling",
                         "Wat zegt de leerling?"],
    "evaluatie": ["Evaluatie", "Wanneer kijken we terug?", "Evaluatiemomenten", "Evaluatie en bijstelling",
                  "Planning evaluatie", "Looptijd en evaluatie", "Evaluatieafspraken", "Evalueren"],
    "informatie_rechten": ["Informatie over uw rechten", "Niet eens?", "Rechten van ouders",
                           "Instemmingsrecht en bezwaar", "Wat als u het niet eens bent?", "Uw rechten als ouder",
                           "Geschillen", "Informatie voor ouders"],
    "vaststelling": ["Vaststelling", "Vastgesteld", "Datum vaststelling", "Vaststelling door bevoegd gezag",
                     "Vaststelling OPP", "Namens het bevoegd gezag", "Vaststelling en looptijd", "Formele vaststelling"],
}

QUESTION = {
    "uitstroombestemming": "Naar welk type onderwijs of welke bestemming stroomt de leerling naar verwachting uit?",
    "onderbouwing": "Waarop is de verwachte uitstroombestemming gebaseerd?",
    "belemmerende_factoren": "Welke factoren belemmeren de ontwikkeling van de leerling?",
    "bevorderende_factoren": "Welke factoren bevorderen de ontwikkeling van de leerling?",
    "ondersteuningsbehoefte": "Wat heeft deze leerling nodig om zich te ontwikkelen?",
    "ondersteuning": "Welke ondersteuning en begeleiding biedt de school?",
    "afwijkingen_onderwijsprogramma": "Wordt er afgeweken van het reguliere onderwijsprogramma?",
    "doelen": "Aan welke doelen werkt de leerling de komende periode?",
    "adviezen_professionals": "Welke adviezen hebben deskundigen gegeven?",
    "oogo": "Wanneer en met wie is het plan besproken?",
    "instemming_ouders": "Stemmen ouders in met het handelingsdeel?",
    "inbreng_leerling": "Wat vindt de leerling zelf?",
    "evaluatie": "Wanneer en hoe wordt het plan geëvalueerd?",
    "informatie_rechten": "Wat kunnen ouders doen als zij het niet eens zijn?",
    "vaststelling": "Wanneer en door wie is het plan vastgesteld?",
}

INSTRUCTION = {
    "uitstroombestemming": ["Vul hier het verwachte uitstroomniveau in (bijv. vmbo-bb/kb, vmbo-gl/tl, havo, vwo, pro).",
                            "Geef aan welke uitstroombestemming verwacht wordt. Kies uit de profielen."],
    "onderbouwing": ["Beschrijf hier de onderbouwing: toetsgegevens, leerrendement, didactische leeftijd en schoolloopbaan.",
                     "<Onderbouw het perspectief met gegevens uit het LVS en eventueel onderzoek.>"],
    "belemmerende_factoren": ["Noteer hier de belemmerende factoren in leerling, onderwijs en opvoeding.",
                              "[Beschrijf factoren die het leren belemmeren]"],
    "bevorderende_factoren": ["Noteer hier de bevorderende en beschermende factoren.",
                              "[Beschrijf wat het leren stimuleert]"],
    "ondersteuningsbehoefte": ["Formuleer de onderwijsbehoeften als: deze leerling heeft ... nodig.",
                               "Omschrijf hier de ondersteuningsbehoefte van de leerling."],
    "ondersteuning": ["Beschrijf per doel: wat, door wie, hoe vaak en vanaf wanneer.",
                      "In te vullen door IB: inzet, frequentie, uitvoerder."],
    "afwijkingen_onderwijsprogramma": ["Geef aan of de leerling afwijkt van het programma (eigen leerlijn, vrijstelling, aangepast rooster).",
                                       "Doorhalen wat niet van toepassing is."],
    "doelen": ["Formuleer SMART-doelen voor de komende periode.",
               "Doelen hier invullen (specifiek, meetbaar, tijdgebonden)."],
    "adviezen_professionals": ["Vermeld hier adviezen van externe deskundigen en wat de school ermee doet.",
                               "Advies CvB / externen invullen."],
    "oogo": ["Vul in wanneer het op overeenstemming gericht overleg met ouders heeft plaatsgevonden.",
             "Datum en deelnemers gesprek invullen."],
    "instemming_ouders": ["Laat ouders hieronder tekenen voor instemming met het handelingsdeel.",
                          "Handtekening ouders invullen na bespreking."],
    "inbreng_leerling": ["Beschrijf hier de mening van de leerling en wat daarmee is gedaan.",
                         "Vraag de leerling naar zijn/haar wensen en noteer die hier."],
    "evaluatie": ["Noteer hier de data van de evaluatiemomenten.",
                  "Evaluatiedatum invullen (minimaal 1x per schooljaar)."],
    "informatie_rechten": ["Voeg hier de tekst over instemmingsrecht en geschillen toe.",
                           "Standaardtekst rechten ouders invoegen."],
    "vaststelling": ["Datum vaststelling en naam directeur invullen.",
                     "In te vullen door de directie."],
}

VAGUE = {
    "uitstroombestemming": ["We verwachten dat {v} een passende plek in het vervolgonderwijs vindt.",
                            "Uitstroom op een niveau dat bij {v} past."],
    "onderbouwing": ["Dit perspectief past bij het beeld dat wij van {v} hebben.",
                     "Op basis van wat we in de klas zien lijkt dit haalbaar."],
    "belemmerende_factoren": ["{v} heeft het soms moeilijk.", "Er spelen verschillende dingen mee."],
    "bevorderende_factoren": ["{v} is een leuke leerling.", "Er zijn zeker positieve punten."],
    "ondersteuningsbehoefte": ["{v} heeft extra ondersteuning nodig.", "Passende begeleiding."],
    "ondersteuning": ["Extra begeleiding waar mogelijk.", "{v} krijgt hulp als dat nodig is."],
    "afwijkingen_onderwijsprogramma": ["Mogelijk wordt het programma aangepast.", "Afhankelijk van de ontwikkeling."],
    "doelen": ["{v} gaat vooruit en zit lekker in zijn/haar vel.", "Beter leren en meer zelfvertrouwen krijgen."],
    "adviezen_professionals": ["Er zijn adviezen gegeven door externen.", "Adviezen worden meegenomen."],
    "oogo": ["Ouders zijn op de hoogte gebracht.", "Het plan is gecommuniceerd."],
    "inbreng_leerling": ["{v} is betrokken.", "De leerling is gehoord."],
    "evaluatie": ["Het plan wordt geëvalueerd.", "We evalueren regelmatig."],
    "informatie_rechten": ["Voor vragen kunt u altijd bij de school terecht.",
                           "Voor klachten verwijzen wij naar de klachtenregeling in de schoolgids."],
    "vaststelling": ["Het plan wordt vastgesteld.", "Vaststelling volgt."],
}

SEEREF = {
    "uitstroombestemming": "Zie bijlage 2 (uitstroomprofiel).",
    "onderbouwing": "Zie LVS-overzicht in de bijlage.",
    "belemmerende_factoren": "Zie groeidocument, hoofdstuk C.",
    "bevorderende_factoren": "Zie intakeverslag.",
    "ondersteuningsbehoefte": "Zie groeidocument.",
    "ondersteuning": "Zie groepsplan.",
    "afwijkingen_onderwijsprogramma": "Zie bijlage rooster.",
    "doelen": "Zie bijlage doelenkaart.",
    "adviezen_professionals": "Zie verslag psychologisch onderzoek (bijlage 3).",
    "oogo": "Zie gespreksverslag in het dossier.",
    "inbreng_leerling": "Zie leerlinggesprek (bijlage).",
    "evaluatie": "Zie jaarplanning.",
    "informatie_rechten": "Zie website van het samenwerkingsverband.",
    "vaststelling": "Zie voorblad.",
}

PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen", "PM", "……………"]

# gap kinds per element (cycled); 'missing' = section left out
GAPS = {
    "uitstroombestemming": ["unticked", "placeholder", "vague", "instruction", "missing", "seeref"],
    "onderbouwing": ["seeref", "vague", "ccplaceholder", "empty", "missing", "placeholder", "question"],
    "belemmerende_factoren": ["empty", "dashes", "seeref", "placeholder", "missing", "instruction"],
    "bevorderende_factoren": ["placeholder", "missing", "dashes", "instruction", "vague", "empty"],
    "ondersteuningsbehoefte": ["question", "ccplaceholder", "vague", "missing", "placeholder", "instruction", "seeref"],
    "ondersteuning": ["vague", "seeref", "placeholder", "instruction", "missing", "empty"],
    "afwijkingen_onderwijsprogramma": ["unticked_yn", "nvt_but_applies", "missing", "placeholder", "instruction"],
    "doelen": ["vague", "placeholder", "seeref", "missing", "instruction", "question"],
    "adviezen_professionals": ["seeref", "listed_only", "placeholder", "missing", "vague", "empty"],
    "oogo": ["nodate", "vague", "placeholder", "missing", "seeref", "empty"],
    "instemming_ouders": ["voorgezien", "blankline", "onderprotest", "schoolonly", "refused", "nodate",
                          "partial", "othersigned_missing", "unticked", "remark", "dateonly",
                          "othersigned_blank", "digital_pending", "missing"],
    "inbreng_leerling": ["view_only", "missing", "placeholder", "vague", "nvt", "instruction"],
    "evaluatie": ["vague", "ccplaceholder", "placeholder", "missing", "instruction", "empty", "seeref"],
    "informatie_rechten": ["vague", "missing", "seeref", "instruction", "placeholder"],
    "vaststelling": ["blankdate", "concept", "placeholder", "missing", "whoonly"],
}

# kinds whose label is 'missing' rather than 'incomplete'
MISSING_KINDS = {"missing", "othersigned_missing"}


def vso_profile(ctx):
    return ctx.get("profile", "arbeidsmarktgericht")


def present_text(el, ctx, r):
    """Return list of blocks with real content for element el."""
    v = ctx["first"]
    st = ctx["st"]
    hij = ctx["hij"]
    zijn = ctx["zijn"]
    D = ctx["date"]
    if el == "uitstroombestemming":
        if st in ("po", "sbo"):
            lvl = ctx["lvl"][0]
            return [("p", "Verwachte uitstroombestemming: %s. Het streven is dat %s in groep 8 een schooladvies op dit niveau krijgt." % (lvl, v))]
        if st == "vo":
            lvl = ctx["lvl"][0]
            return [("p", "Verwacht wordt dat %s uitstroomt met een %s." % (v, lvl))]
        if st == "pro":
            return [("p", r.choice(["Arbeid: regulier werk met begeleiding in de groenvoorziening (hoveniersbedrijf).",
                                    "Arbeid, bij voorkeur in de logistiek (magazijnmedewerker), eventueel met entree-opleiding mbo.",
                                    "Vervolgonderwijs: mbo entree (niveau 1) in de zorg, daarna werk."]))]
        if st == "so":
            return [("p", r.choice(["Vso, uitstroomprofiel vervolgonderwijs (vmbo-basis, eventueel met lwoo).",
                                    "Regulier vo: vmbo-kader met ondersteuning; anders vso profiel vervolgonderwijs.",
                                    "Vso, profiel arbeidsmarktgericht."]))]
        p = vso_profile(ctx)
        txt = {"arbeidsmarktgericht": "Uitstroomprofiel arbeidsmarktgericht: werk in de schoonmaak of de horeca (bediening), met jobcoach.",
               "vervolgonderwijs": "Uitstroomprofiel vervolgonderwijs: mbo niveau 2 Dienstverlening (Entree als tussenstap).",
               "dagbesteding": "Uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding in een zorgboerderij."}[p]
        return [("p", txt)]
    if el == "onderbouwing":
        if st in ("po", "sbo", "so"):
            return [("bullets", ["Leerrendement rekenen 55%% en begrijpend lezen 60%% over de laatste twee jaar (LVS, %d)." % (D.year - 1),
                                 "Intelligentieonderzoek (WISC-V, %d): TIQ %d, relatief sterk verbaal." % (D.year - 1, ctx["lvl"][1]),
                                 "%s heeft groep %d gedoubleerd; de achterstand groeit bij rekenen." % (v, r.choice([3, 4]))])]
        if st == "vo":
            return [("p", "%s kwam binnen met een %s-advies; de rapportcijfers in leerjaar 1 en 2 liggen rond 6,4. "
                          "De Cito VAS-toets (leerjaar 2) laat niveau %s zien voor Nederlands en Engels." % (v, ctx["lvl"][1], ctx["lvl"][1]))]
        if st == "pro":
            return [("p", "IQ %d (NIO, %d), leerachterstand > 3 jaar op lezen en rekenen; in de interne stage laat %s "
                          "goede werknemersvaardigheden zien (beoordeling 'goed' op 5 van 6 onderdelen)." % (r.choice([68, 72, 75]), D.year - 2, v))]
        return [("p", "Uit de observatie in de praktijklessen en de stagebeoordeling (%s) blijkt dat %s met begeleiding taken zelfstandig "
                      "afmaakt; het uitstroomprofiel sluit aan bij het advies van de commissie voor de begeleiding en eerdere schoolgegevens." % (dlong(add(D, -60)), v))]
    if el == "belemmerende_factoren":
        items = r.sample(["snel afgeleid bij drukte in de klas", "faalangst bij toetsen",
                          "trage verwerkingssnelheid", "moeite met plannen en organiseren",
                          "spanning bij wisselingen en onverwachte situaties", "zwak werkgeheugen",
                          "veel verzuim in het vorige schooljaar", "laag zelfbeeld bij rekenen"], 3)
        return [("bullets", items)]
    if el == "bevorderende_factoren":
        items = r.sample(["sterk in praktische opdrachten", "goede band met de mentor", "ouders zeer betrokken",
                          "behulpzaam en sociaal", "werkt graag met de handen", "goede mondelinge taalvaardigheid",
                          "doorzettingsvermogen als het doel duidelijk is", "sport twee keer per week (voetbal)"], 3)
        return [("bullets", items)]
    if el == "ondersteuningsbehoefte":
        return [("p", "%s heeft nodig: %s" % (v, "; ".join(r.sample(["instructie in kleine stappen met voordoen",
                                                                      "een vaste werkplek met weinig prikkels",
                                                                      "vooraf weten wat er gaat gebeuren (dagplanning)",
                                                                      "extra verwerkingstijd bij toetsen",
                                                                      "een volwassene die regelmatig even checkt of " + hij + " op weg is",
                                                                      "succeservaringen en specifieke complimenten"], 3)) + "."))]
    if el == "ondersteuning":
        start = dlong(add(D, 7))
        rows = [["Wat", "Wie", "Hoe vaak", "Vanaf"],
                ["Pre-teaching rekenen in kleine groep", "onderwijsassistent " + ctx["staff2"], "2x per week 30 min.", start],
                ["Check-in/check-out bij begin en einde dag", "mentor/leerkracht " + ctx["staff1"], "dagelijks 5 min.", start],
                ["Begeleiding " + r.choice(["executieve functies", "sociale vaardigheden", "leesvloeiendheid"]),
                 ctx["staff3"] + " (" + r.choice(["ambulant begeleider", "remedial teacher", "orthopedagoog"]) + ")",
                 "1x per week 45 min.", start]]
        return [("table", rows)]
    if el == "afwijkingen_onderwijsprogramma":
        return [("p", r.choice([
            "%s volgt voor rekenen een eigen leerlijn (einddoel 1F, niveau eind groep 6) en is vrijgesteld van het tweede uur Frans." % v,
            "Tot de kerstvakantie volgt %s een aangepast rooster: vier ochtenden per week op school (verkorte lestijd, besproken met de leerplichtambtenaar)." % v,
            "Voor begrijpend lezen werkt %s met vervangende doelen; %s is vrijgesteld van de methodetoetsen voor dit vak." % (v, hij)]))]
    if el == "doelen":
        end = dlong(add(D, 120))
        if st in ("vo", "pro", "vso"):
            return [("bullets", ["Voor %s plant %s elke week zelf het huiswerk/de taken in de agenda; de mentor controleert dit op vrijdag (doel: 8 van de 10 weken)." % (end, v),
                                 "%s haalt bij de volgende rapportperiode minimaal een 5,5 voor Nederlands (leesvaardigheid)." % v,
                                 "%s meldt zich bij spanning zelf bij de begeleider in plaats van de les te verlaten (hooguit 1 keer per week weglopen, bijgehouden in het logboek)." % v])]
        return [("bullets", ["Uiterlijk %s leest %s een tekst op AVI-niveau E5 met hooguit 3 fouten per 100 woorden." % (end, v),
                             "%s maakt de tafels 1 t/m 10 in 3 minuten foutloos (gemeten met de tafeltoets, %s)." % (v, end),
                             "%s vraagt zelf om hulp (minimaal 3 keer per week, geturfd door de mentor)." % v])]
    if el == "adviezen_professionals":
        if st in ("so", "vso"):
            return [("p", "Advies commissie voor de begeleiding (vergadering %s): %s blijft op dit uitstroomprofiel; inzet "
                          "van een vaste begeleider bij overgangsmomenten. Dit advies is overgenomen in het handelingsdeel." % (dlong(add(D, -21)), v)),
                    ("p", "Logopedist (%s): visuele ondersteuning bij instructie; de groepsleerkracht gebruikt pictogrammen bij elke les." % ctx["staff3"])]
        return [("p", "Orthopedagoog %s (%s, %s) adviseert korte instructies, een koptelefoon bij zelfstandig werken en "
                      "uitbreiding van de leestijd. School heeft dit advies opgenomen in de aanpak (zie ondersteuning hierboven)."
                      % (ctx["staff3"], ctx["bureau"], dlong(add(D, -50))))]
    if el == "oogo":
        return [("p", "Het plan is op %s besproken met %s, %s (%s) en %s (intern begeleider). Ouders konden hun "
                      "wensen inbrengen; de begeleiding op maandag is op hun verzoek toegevoegd." %
                 (dlong(add(D, -10)), ctx["parents_txt"], ctx["staff1"], ctx["role1"], ctx["staff4"]))]
    if el == "inbreng_leerling":
        pairs = [("Ik wil graag meer zelf doen, maar in de klas is het te druk.",
                  "%s mag zelfstandig werken op de stilteplek en kiest zelf wanneer." % v),
                 ("Ik wil later met dieren werken.", "de stage/het praktijkvak is gezocht bij een dierenpension."),
                 ("Rekenen vind ik moeilijk, maar ik wil het wel leren.",
                  "het rekendoel is samen met %s in kleinere stappen verdeeld." % v)]
        q, a = r.choice(pairs)
        return [("p", "%s zegt zelf: \"%s\"" % (v, q)),
                ("p", r.choice(["Wat we ermee doen: ", "Wat is er met de mening van %s gedaan? " % v, "Daarom: "]) + a)]
    if el == "evaluatie":
        if ctx["old"]:
            end = dt.date(D.year + (1 if D.month >= 8 else 0), 6, 24)
            mid = add(D, 70)
            if mid > add(end, -30):
                return [("p", "Het plan wordt op %s met ouders en mentor geëvalueerd en zo nodig bijgesteld." % dlong(end))]
            return [("p", "Tussenevaluatie op %s en eindevaluatie op %s met ouders, leerkracht/mentor en IB; per doel bekijken we "
                          "of het is behaald." % (dlong(mid), dlong(end)))]
        return [("p", "Tussenevaluatie op %s en eindevaluatie op %s, met ouders en %s, mentor/leerkracht en IB. We bespreken "
                      "per doel of het is gehaald en stellen het plan zo nodig bij." %
                 (dlong(add(D, 90)), dlong(add(D, 210)), v))]
    if el == "informatie_rechten":
        return [("p", r.choice([
            "Ouders hebben instemmingsrecht op het handelingsdeel. Bent u het niet eens met het OPP, bespreek dit dan eerst met de school. "
            "U kunt ook advies vragen aan het Ouder- en Jeugdsteunpunt of een onderwijsconsulent, en binnen zes weken na vaststelling "
            "een geschil voorleggen aan de Geschillencommissie passend onderwijs.",
            "Zonder uw instemming voeren wij het handelingsdeel niet uit. Niet eens? Neem contact op met de directeur. "
            "Komt u er samen niet uit, dan kunt u terecht bij de onderwijsconsulenten of binnen 6 weken bij de "
            "Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl)."]))]
    if el == "vaststelling":
        return [("p", "Vastgesteld op %s door %s, %s, namens het bevoegd gezag (%s)." %
                 (dlong(D), ctx["director"], r.choice(["directeur", "locatiedirecteur", "directeur-bestuurder"]), ctx["board"]))]
    raise KeyError(el)


def consent_present(ctx, r, style):
    """Signature/consent blocks that are complete."""
    D = ctx["date"]
    d2 = dshort(add(D, -3))
    if ctx.get("adult"):
        who = [("Leerling (meerderjarig)", ctx["full"])]
    elif ctx.get("curatele"):
        who = [("Curator", ctx["curator"])]
    else:
        who = [("Ouder/verzorger", ctx["parent1"])]
    mark = style  # "wg" | "img" | "digital" | "stmt" | "tick"
    if mark == "stmt":
        return [("p", "%s heeft op %s schriftelijk (per e-mail) ingestemd met het handelingsdeel; de bevestiging is opgenomen in het dossier."
                 % (who[0][1], dlong(add(D, -3))))]
    rows = [(role, name, d2, mark) for role, name in who]
    rows.append(("School (" + ctx["role1"] + ")", ctx["staff1"], d2, mark if mark != "img" else "img"))
    blocks = []
    if mark == "tick":
        blocks.append(("checks", [("Ik/wij stem(men) in met het handelingsdeel van dit OPP", True),
                                  ("Ik/wij stem(men) niet in", False)]))
        rows = [(a, b, c, "wg") for a, b, c, _ in rows]
    blocks.append(("sig", rows))
    return blocks


def consent_gap(kind, ctx, r):
    D = ctx["date"]
    d2 = dshort(add(D, -3))
    p1 = ctx["parent1"]
    if ctx.get("adult"):
        p1 = ctx["full"] + " (leerling)"
    if kind == "voorgezien":
        return [("checks", [("Akkoord met het handelingsdeel", False), ("Voor gezien", True)]),
                ("sig", [("Ouder", p1, d2, "wg"), ("School", ctx["staff1"], d2, "wg")])]
    if kind == "onderprotest":
        return [("sig", [("Ouder/verzorger", p1 + " (onder protest)", d2, "wg"), ("Mentor", ctx["staff1"], d2, "wg")])]
    if kind == "refused":
        return [("checks", [("Ja, ik ga akkoord met het handelingsdeel", False), ("Nee, ik ga niet akkoord", True)]),
                ("sig", [("Ouder", p1, d2, "wg")])]
    if kind == "partial":
        return [("p", "Ouders stemmen in met het handelingsdeel, met uitzondering van het aangepaste rooster."),
                ("sig", [("Ouder", p1, d2, "wg"), ("IB", ctx["staff4"], d2, "wg")])]
    if kind == "remark":
        return [("sig", [("Ouder/verzorger", p1, d2, "wg"), ("School", ctx["staff1"], d2, "wg")]),
                ("p", "Opmerking ouders: wij tekenen alleen voor de doelen; met de inzet van de time-outruimte gaan wij niet akkoord.")]
    if kind == "schoolonly":
        return [("sig", [("Directeur", ctx["director"], d2, "wg"), ("Intern begeleider", ctx["staff4"], d2, "wg"),
                         ("Ouder/verzorger", "", "", "")])]
    if kind == "blankline":
        return [("sig", [("Ouder/verzorger 1", p1, "", ""), ("Ouder/verzorger 2", ctx["parent2"], "", "")])]
    if kind == "nodate":
        return [("sig", [("Ouder/verzorger", p1, "", "wg"), ("School", ctx["staff1"], "", "wg")])]
    if kind == "dateonly":
        return [("sig", [("Ouder/verzorger", p1, d2, ""), ("School", ctx["staff1"], d2, "")])]
    if kind == "unticked":
        return [("checks", [("Ouder(s) stemmen in met het handelingsdeel", False)]),
                ("p", "Naam ouder: %s     Datum: %s     Handtekening: ____________________" % (p1, d2))]
    if kind == "othersigned_missing":
        return [("h2", "Toestemming AVG / beeldmateriaal"),
                ("p", "Ouders geven toestemming voor het delen van gegevens met het samenwerkingsverband en voor het gebruik van foto's in de schoolgids."),
                ("sig", [("Ouder", p1, d2, "wg")])]
    if kind == "othersigned_blank":
        return [("p", "Toestemming uitwisseling gegevens met jeugdarts en SWV (AVG):"),
                ("sig", [("Ouder", p1, d2, "wg")]),
                ("p", "Instemming handelingsdeel:"),
                ("sig", [("Ouder", p1, "", "")])]
    if kind == "digital_pending":
        return [("p", "Status ondertekening ouder(s): verzonden op %s – nog niet ondertekend." % d2),
                ("p", "Ondertekening school: digitaal ondertekend door %s op %s." % (ctx["staff4"], d2))]
    if kind == "blankform":
        return [("checks", [("Akkoord met het handelingsdeel", False), ("Niet akkoord", False)]),
                ("sig", [("Ouder/verzorger 1", "", "", ""), ("Ouder/verzorger 2", "", "", ""), ("School", "", "", "")])]
    if kind == "curatele_self":
        return [("sig", [("Leerling", ctx["full"], d2, "wg"), ("Mentor", ctx["staff1"], d2, "wg")]),
                ("p", "Curator: %s – niet getekend." % ctx["curator"])]
    raise KeyError(kind)
