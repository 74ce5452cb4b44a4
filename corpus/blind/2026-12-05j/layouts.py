# Eight invented OPP layouts plus three non-OPP documents.
# A layout turns (pupil P, states S) into a list of blocks:
#  ('title',t) ('h',t) ('h2',t) ('p',t) ('bul',[..]) ('table',rows,header) ('check',[(label,bool)])
#  ('field',label,value)  ('sig',[(role,name,date,signed)])  ('footer',t)  ('pb',)
# States per element: ok, miss, empty, ph, instr, ref, noeffect, vague, partial; consent kinds separately.

PH = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen", "- - -"]


def lst(items, last="en"):
    items = list(items)
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


class Sec:
    """helper: render a section per state with layout-specific instruction / ref texts"""
    def __init__(self, blocks, S, instr, ref, hkind='h', seed=0):
        self.b, self.S, self.instr, self.ref, self.hk, self.i = blocks, S, instr, ref, hkind, seed

    def __call__(self, el, heading, full):
        st = self.S.get(el, 'ok')
        if st == 'miss':
            return
        if heading:
            self.b.append((self.hk, heading))
        if st in ('ok', 'none', 'noeffect', 'vague', 'partial', 'seeverslag'):
            self.b.extend(full)
        elif st == 'empty':
            pass
        elif st == 'ph':
            self.i += 1
            self.b.append(('p', PH[(self.i + len(el)) % len(PH)]))
        elif st == 'instr':
            self.b.append(('p', self.instr(el)))
        elif st == 'ref':
            self.b.append(('p', self.ref(el)))


def signed(name, date):
    return (name, date, True)


def consent_A(P, kind):
    """formal numbered: returns blocks for the consent part (no heading)"""
    par, sch, d = P['parent'], P['mentor'], P['sigdate']
    b = []
    if kind == 'given' or kind == 'stated':
        b.append(('p', "Ondergetekende(n) verklaren in te stemmen met het handelingsdeel van dit ontwikkelingsperspectiefplan."))
        b.append(('sig', [("Ouder/verzorger", par, d, True), ("Namens de school", sch, d, True)]))
    elif kind == 'voorgezien':
        b.append(('p', "Ondergetekende(n) verklaren in te stemmen met het handelingsdeel van dit ontwikkelingsperspectiefplan."))
        b.append(('p', f"Ouder/verzorger: {par} - \"voor gezien\", {d} (w.g.)"))
        b.append(('sig', [("Namens de school", sch, d, True)]))
    elif kind == 'protest':
        b.append(('p', "Ondergetekende(n) verklaren in te stemmen met het handelingsdeel van dit ontwikkelingsperspectiefplan."))
        b.append(('p', f"Ouder/verzorger: {par}, getekend onder protest op {d}. Wij vinden de begeleiding te beperkt en willen hierover verder praten."))
        b.append(('sig', [("Namens de school", sch, d, True)]))
    elif kind == 'schoolonly':
        b.append(('p', "Ondergetekende(n) verklaren in te stemmen met het handelingsdeel van dit ontwikkelingsperspectiefplan."))
        b.append(('sig', [("Ouder/verzorger", "", "", False), ("Namens de school", sch, d, True)]))
    elif kind == 'nodate':
        b.append(('p', "Ondergetekende(n) verklaren in te stemmen met het handelingsdeel van dit ontwikkelingsperspectiefplan."))
        b.append(('sig', [("Ouder/verzorger", par, "", True), ("Namens de school", sch, "", True)]))
    elif kind == 'adult':
        b.append(('p', f"{P['name']} is meerderjarig en handelingsbekwaam en beslist zelf over het handelingsdeel."))
        b.append(('sig', [("Leerling", P['name'], d, True), ("Namens de school", sch, d, True)]))
    elif kind == 'curator':
        b.append(('p', f"{P['name']} staat onder curatele; de curator, {P['curator']}, stemt namens hem in."))
        b.append(('sig', [("Curator", P['curator'], d, True), ("Namens de school", sch, d, True)]))
    elif kind == 'curatele_self':
        b.append(('p', f"{P['name']} (19 jaar) heeft het plan zelf ondertekend. Hij staat onder curatele ({P['curator']}, curator)."))
        b.append(('sig', [("Leerling", P['name'], d, True), ("Curator", "", "", False), ("Namens de school", sch, d, True)]))
    elif kind == 'blank':
        b.append(('p', "Ondergetekende(n) verklaren in te stemmen met het handelingsdeel van dit ontwikkelingsperspectiefplan."))
        b.append(('sig', [("Ouder/verzorger", "", "", False), ("Namens de school", "", "", False)]))
    elif kind == 'refused':
        b.append(('p', f"De ouders stemmen niet in met het handelingsdeel (gesprek {d}). Zij willen geen plaatsing in de kleine groep."))
        b.append(('sig', [("Namens de school", sch, d, True)]))
    elif kind == 'partial':
        b.append(('p', f"Ouders stemmen in met onderdeel 6.1 en 6.3; zij stemmen niet in met 6.2 (begeleiding buiten de klas)."))
        b.append(('sig', [("Ouder/verzorger", par, d, True), ("Namens de school", sch, d, True)]))
    return b


RIGHTS = {
 'A': "Ouders hebben instemmingsrecht op het handelingsdeel. Zijn ouders het niet eens met het plan, dan gaan zij eerst in gesprek met de directeur. Zij kunnen ook advies vragen aan het ouder- en jeugdsteunpunt of aan een onderwijsconsulent, en binnen zes weken na vaststelling een geschil voorleggen aan de Geschillencommissie passend onderwijs.",
 'B': "U mag zelf beslissen of u instemt met het deel over de hulp. Bent u het ergens niet mee eens? Bel dan eerst de intern begeleider. Komen we er samen niet uit, dan kunt u gratis hulp vragen bij een onderwijsconsulent of het ouder- en jeugdsteunpunt van ons samenwerkingsverband. U kunt ook naar de Geschillencommissie passend onderwijs; dat moet binnen 6 weken.",
 'C': "Instemmingsrecht ouders op handelingsdeel; bij geen overeenstemming: gesprek directie, daarna onderwijsconsulent / ouder- en jeugdsteunpunt, Geschillencommissie passend onderwijs (termijn 6 weken na vaststelling).",
 'D': "Rechten van ouders: instemming met het handelingsdeel is vereist. Bij onenigheid: bemiddeling via het samenwerkingsverband, onderwijsconsulenten, of de Geschillencommissie passend onderwijs (binnen zes weken).",
 'E': "Over het handelingsdeel beslissen ouders mee: zonder hun instemming voeren wij het niet uit. Wie het niet eens is, kan terecht bij de klachtenregeling van de stichting, het ouder- en jeugdsteunpunt, een onderwijsconsulent of de Geschillencommissie passend onderwijs (zes weken na het vaststellen).",
 'F': "RECHTEN: instemming handelingsdeel door ouder(s)/wettelijk vertegenwoordiger. Geschil: Geschillencommissie passend onderwijs binnen 6 weken; advies: onderwijsconsulent.",
 'H': "Wij wijzen de ouders (en, waar van toepassing, de leerling zelf) erop dat zij kunnen instemmen met het handelingsdeel, en dat zij bij onenigheid de hulp van een onderwijsconsulent kunnen inroepen of binnen zes weken een verzoek kunnen indienen bij de Geschillencommissie passend onderwijs.",
}


# ---------------------------------------------------------------- Layout A: formal numbered (SWV)
def layout_A(P, S):
    b = [('title', "Ontwikkelingsperspectiefplan"),
         ('p', f"Samenwerkingsverband Passend Onderwijs Lindevaart · {P['school']}, {P['place']}")]
    instr = lambda el: f"<Vul hier in: {el.replace('_', ' ')} – zie handleiding SWV, hoofdstuk 3>"
    ref = lambda el: "Zie bijlage 2 (onderzoeksverslag)."
    s = Sec(b, S, instr, ref)
    b.append(('h', "1. Personalia"))
    b.append(('table', [["Naam leerling", P['name']], ["Geboortedatum", P['dob']], ["Groep/klas", P['group']],
                        ["Schooltype", P['type_long']], ["Mentor/leerkracht", P['mentor']]], False))
    s('uitstroombestemming', "2. Verwachte uitstroombestemming",
      [('p', f"Op grond van de huidige gegevens verwachten wij dat {P['first']} uitstroomt naar: {P['dest']}.")])
    s('onderbouwing', "3. Onderbouwing van het uitstroomperspectief",
      [('p', f"Deze verwachting is gebaseerd op de volgende gegevens: {lst(P['onderb'])}. "
             f"De ontwikkeling van de afgelopen jaren laat een stabiel beeld zien.")])
    s('belemmerende_factoren', "4.1 Belemmerende factoren",
      [('p', f"Belemmerend voor het onderwijsleerproces zijn: {lst(P['belem'])}.")])
    s('bevorderende_factoren', "4.2 Bevorderende factoren",
      [('p', f"Als bevorderend voor de ontwikkeling zien wij: {lst(P['bevord'])}.")])
    s('ondersteuningsbehoefte', "5. Onderwijs- en ondersteuningsbehoeften",
      [('p', f"{P['first']} heeft behoefte aan {lst(P['behoefte'])}. De school kan hierin voorzien binnen de basis- en extra ondersteuning.")])
    steun = [('p', "Handelingsdeel: de volgende ondersteuning wordt geboden.")]
    if S.get('ondersteuning') == 'partial':
        steun.append(('bul', [w for (w, _, _, _) in P['steun']]))
    else:
        steun.append(('bul', [f"6.{i+1} {w}, door {wie}, {hoe}, vanaf {van}" for i, (w, wie, hoe, van) in enumerate(P['steun'])]))
    s('ondersteuning', "6. Ondersteuning en begeleiding (handelingsdeel)", steun)
    afw = [('p', "Er zijn geen afwijkingen van het reguliere onderwijsprogramma.")] if S.get('afwijkingen_onderwijsprogramma') == 'none' \
        else [('p', f"Het onderwijsprogramma wijkt af op de volgende punten: {P['afw']}.")]
    s('afwijkingen_onderwijsprogramma', "7. Afwijkingen van het onderwijsprogramma", afw)
    if S.get('doelen') == 'vague':
        dl = [('bul', [f"{P['first']} gaat beter werken.", "De sfeer in de groep verbetert.", "Meer zelfvertrouwen."])]
    else:
        dl = [('p', "Doelen voor de komende periode (SMART):"), ('bul', P['doelen'])]
    s('doelen', "8. Doelen", dl)
    who, adv, act = P['advies']
    ad = [('p', "Zie het verslag van de externe deskundige in het dossier.")] if S.get('adviezen_professionals') == 'seeverslag' else \
        [('p', f"Advies van {who}: {adv}. Verwerking door de school: {act}.")]
    s('adviezen_professionals', "9. Adviezen van externe deskundigen", ad)
    if S.get('inbreng_leerling') == 'noeffect':
        inb = [('p', f"Mening van de leerling: {P['first']} {P['view']}.")]
    else:
        inb = [('p', f"Mening van de leerling: {P['first']} {P['view']}. Wat wij daarmee doen: {P['effect']}.")]
    s('inbreng_leerling', "10. Inbreng van de leerling", inb)
    s('oogo', "11. Op overeenstemming gericht overleg",
      [('p', f"Het concept is op {P['oogo_date']} besproken met {P['parent']} (ouder), {P['mentor']} en de intern begeleider. Opmerkingen van de ouders zijn verwerkt in paragraaf 6.")])
    s('evaluatie', "12. Evaluatie",
      [('p', f"Het plan wordt geëvalueerd in {P['eval']} met ouders{' en leerling' if P['after'] else ''}; daarna wordt het ten minste jaarlijks bijgesteld.")])
    s('informatie_rechten', "13. Informatie over rechten van ouders", [('p', RIGHTS['A'])])
    s('vaststelling', "14. Vaststelling",
      [('p', f"Dit plan is vastgesteld op {P['date']} door {P['director']}, directeur.")])
    ck = S.get('consent')
    if ck == 'avg_only':
        b.append(('h', "15. Toestemming gegevensuitwisseling (AVG)"))
        b.append(('p', "Ouders geven toestemming om gegevens te delen met het samenwerkingsverband en de jeugdarts."))
        b.append(('sig', [("Ouder/verzorger", P['parent'], P['sigdate'], True)]))
    elif ck != 'miss':
        b.append(('h', "15. Instemming handelingsdeel"))
        b.extend(consent_A(P, ck))
    return b


# ---------------------------------------------------------------- Layout B: letter / question headings for parents
def layout_B(P, S):
    b = [('title', f"Het plan voor {P['first']}"),
         ('p', f"{P['school']} · {P['place']}"),
         ('p', f"Beste {P['parent']},"),
         ('p', f"In deze brief leest u wat wij samen met u hebben afgesproken over {P['first']} ({P['group']}). "
               "Wij noemen dit het ontwikkelingsperspectief. Lees het rustig door; bij vragen kunt u altijd even binnenlopen.")]
    instr = lambda el: "(Hier in gewone taal uitleggen wat de school bedoelt. Geen vaktermen gebruiken!)"
    ref = lambda el: "Dit staat in het verslag dat u eerder van ons kreeg."
    s = Sec(b, S, instr, ref)
    s('uitstroombestemming', "Waar gaat uw kind na deze school waarschijnlijk naartoe?",
      [('p', f"Wij denken dat {P['first']} straks het best past op: {P['dest_short']}. Voluit: {P['dest']}.")])
    s('onderbouwing', "Waarom denken wij dat?",
      [('p', f"Dat komt doordat we dit zien: {lst(P['onderb'])}.")])
    s('belemmerende_factoren', "Wat maakt leren soms moeilijk?",
      [('bul', P['belem'])])
    s('bevorderende_factoren', "Waar is uw kind goed in, wat helpt?",
      [('bul', P['bevord'])])
    s('ondersteuningsbehoefte', "Wat heeft uw kind nodig?",
      [('p', f"Om goed te kunnen leren heeft {P['first']} nodig: {lst(P['behoefte'])}.")])
    if S.get('ondersteuning') == 'partial':
        st = [('p', "We gaan extra helpen met: " + lst([w for (w, _, _, _) in P['steun']]) + ".")]
    else:
        st = [('p', "Dit gaan we doen:")] + [('p', f"- {w}. Dit doet {wie}, {hoe}. We beginnen in {van}.") for (w, wie, hoe, van) in P['steun']]
    s('ondersteuning', "Welke hulp krijgt uw kind, van wie en hoe vaak?", st)
    afw = [('p', f"Nee. {P['first']} volgt hetzelfde programma als de andere kinderen in de groep.")] if S.get('afwijkingen_onderwijsprogramma') == 'none' \
        else [('p', f"Ja. {P['afw'][0].upper() + P['afw'][1:]}.")]
    s('afwijkingen_onderwijsprogramma', "Krijgt uw kind een ander lesprogramma?", afw)
    dl = [('p', "We willen dat het beter gaat met lezen en met vriendjes.")] if S.get('doelen') == 'vague' else \
        [('p', "Hieraan kunnen we straks zien of het gelukt is:"), ('bul', P['doelen'])]
    s('doelen', "Wat willen we bereiken?", dl)
    who, adv, act = P['advies']
    ad = [('p', "Zie het verslag.")] if S.get('adviezen_professionals') == 'seeverslag' else \
        [('p', f"De {who} adviseerde: {adv}. Wij hebben daarom: {act}.")]
    s('adviezen_professionals', "Wat zeggen andere deskundigen?", ad)
    inb = [('p', f"We hebben {P['first']} zelf gevraagd wat hij of zij ervan vindt. Het antwoord: {P['view']}.")]
    if S.get('inbreng_leerling') != 'noeffect':
        inb.append(('p', f"Daarom hebben we het plan aangepast: {P['effect']}."))
    s('inbreng_leerling', f"Wat vindt {P['first']} er zelf van?", inb)
    s('oogo', "Hoe hebben we dit plan gemaakt?",
      [('p', f"Op {P['oogo_date']} zaten we met u aan tafel ({P['parent']}, {P['mentor']} en de intern begeleider). Uw ideeën hebben we meegenomen.")])
    s('evaluatie', "Wanneer kijken we samen of het werkt?",
      [('p', f"We praten er weer samen over in {P['eval']}. Dat doen we minstens één keer per schooljaar.")])
    s('informatie_rechten', "Wat als u het niet eens bent?", [('p', RIGHTS['B'])])
    s('vaststelling', "Vanaf wanneer geldt dit plan?",
      [('p', f"De directeur, {P['director']}, heeft het plan vastgesteld op {P['date']}.")])
    ck = S.get('consent')
    b.append(('p', "Met vriendelijke groet,"))
    b.append(('p', f"{P['mentor']}, namens het team van {P['school']}"))
    if ck == 'avg_only':
        b.append(('h', "Mogen wij foto's van uw kind gebruiken?"))
        b.append(('check', [("Ja, foto's in de schoolgids en op de website mogen", True), ("Nee", False)]))
        b.append(('sig', [("Handtekening ouder", P['parent'], P['sigdate'], True)]))
    elif ck == 'unticked':
        b.append(('h', "Uw antwoord over de hulp"))
        b.append(('check', [("Ik ben het eens met de afspraken over de hulp", False), ("Ik ben het niet eens", False)]))
        b.append(('sig', [("Naam en handtekening ouder", "", "", False)]))
    elif ck == 'given':
        b.append(('h', "Uw antwoord over de hulp"))
        b.append(('check', [("Ik ben het eens met de afspraken over de hulp", True), ("Ik ben het niet eens", False)]))
        b.append(('sig', [("Naam en handtekening ouder", P['parent'], P['sigdate'], True)]))
    elif ck == 'refused':
        b.append(('h', "Uw antwoord over de hulp"))
        b.append(('check', [("Ik ben het eens met de afspraken over de hulp", False), ("Ik ben het niet eens", True)]))
        b.append(('sig', [("Naam en handtekening ouder", P['parent'], P['sigdate'], True)]))
    elif ck == 'stated':
        b.append(('p', f"PS: U heeft ons op {P['sigdate']} per e-mail laten weten dat u het eens bent met de hulp zoals hierboven beschreven. Dat hebben we in het dossier bewaard."))
    elif ck == 'nodate':
        b.append(('h', "Uw antwoord over de hulp"))
        b.append(('check', [("Ik ben het eens met de afspraken over de hulp", True), ("Ik ben het niet eens", False)]))
        b.append(('sig', [("Naam en handtekening ouder", P['parent'], "", True)]))
    elif ck != 'miss':
        b.append(('h', "Uw antwoord over de hulp"))
        b.extend(consent_A(P, ck)[1:])
    return b


# ---------------------------------------------------------------- Layout C: field table (DOCX with content controls)
C_INSTR = "Klik of tik om tekst in te voeren."


def layout_C(P, S, blank=False):
    b = [('title', "OPP – beknopt format po/vo"), ('p', "Versie 2.3 · invullen door intern begeleider / zorgcoördinator")]
    rows = []   # each row: (label, value, el)

    def val(el, full):
        st = S.get(el, 'ok')
        if st == 'empty':
            return ''
        if st == 'ph':
            return PH[len(el) % len(PH)]
        if st == 'instr':
            return C_INSTR
        if st == 'ref':
            return "zie bijlage"
        return full
    b.append(('field', "Leerling", '' if blank else P['name']))
    b.append(('field', "Geboortedatum", '' if blank else P['dob']))
    b.append(('field', "School en locatie", '' if blank else f"{P['school']}, {P['place']}"))
    b.append(('field', "Groep / leerjaar", '' if blank else P['group']))
    fields = [
        ('uitstroombestemming', "Uitstroombestemming (verwacht)", P['dest']),
        ('onderbouwing', "Onderbouwing (toetsgegevens, onderzoek, schoolloopbaan)", "; ".join(P['onderb'])),
        ('belemmerende_factoren', "Belemmerende factoren", "; ".join(P['belem'])),
        ('bevorderende_factoren', "Bevorderende factoren", "; ".join(P['bevord'])),
        ('ondersteuningsbehoefte', "Onderwijsbehoeften", "; ".join(P['behoefte'])),
        ('ondersteuning', "Handelingsdeel: ondersteuning (wat / wie / frequentie / start)",
         " | ".join(w for (w, _, _, _) in P['steun']) if S.get('ondersteuning') == 'partial'
         else " | ".join(f"{w} / {wie} / {hoe} / {van}" for (w, wie, hoe, van) in P['steun'])),
        ('afwijkingen_onderwijsprogramma', "Afwijking onderwijsprogramma",
         "nee, geen afwijking" if S.get('afwijkingen_onderwijsprogramma') == 'none' else f"ja: {P['afw']}"),
        ('doelen', "Doelen komende periode", "beter leren; minder ruzie" if S.get('doelen') == 'vague' else " ".join(P['doelen'])),
        ('adviezen_professionals', "Advies externe deskundige(n)",
         "zie verslag" if S.get('adviezen_professionals') == 'seeverslag' else f"{P['advies'][0]}: {P['advies'][1]} → {P['advies'][2]}"),
        ('inbreng_leerling', "Inbreng leerling (wat vindt de leerling, wat is ermee gedaan?)",
         f"Leerling: {P['view']}." + ("" if S.get('inbreng_leerling') == 'noeffect' else f" Gedaan: {P['effect']}.")),
        ('oogo', "OOGO met ouders (datum, aanwezigen)", f"{P['oogo_date']}; {P['parent']}, {P['mentor']}, ib'er"),
        ('evaluatie', "Evaluatiemomenten", f"{P['eval']}, met ouders" + (" en leerling" if P['after'] else "")),
        ('informatie_rechten', "Rechten ouders", RIGHTS['C']),
        ('vaststelling', "Vastgesteld op / door", f"{P['date']} / {P['director']} (directeur)"),
    ]
    for el, lab, full in fields:
        if S.get(el, 'ok') == 'miss':
            continue
        b.append(('field', lab, '' if blank else val(el, full)))
    ck = S.get('consent')
    if ck == 'miss':
        return b
    if ck == 'avg_only':
        b.append(('h', "Toestemming AVG"))
        b.append(('check', [("Ouders geven toestemming voor het delen van gegevens met het SWV", True)]))
        b.append(('sig', [("Ouder", P['parent'], P['sigdate'], True)]))
        return b
    b.append(('h', "Instemming ouders met het handelingsdeel"))
    if blank:
        b.append(('check', [("akkoord", False), ("niet akkoord", False), ("gedeeltelijk akkoord", False)]))
        b.append(('sig', [("Ouder/verzorger", "", "", False), ("School", "", "", False)]))
        return b
    ticks = {'given': (True, False, False), 'refused': (False, True, False), 'partial': (False, False, True),
             'unticked': (False, False, False), 'nodate': (True, False, False), 'schoolonly': (False, False, False),
             'voorgezien': (False, False, False), 'protest': (True, False, False), 'blank': (False, False, False),
             'adult': (True, False, False), 'curator': (True, False, False), 'curatele_self': (True, False, False), 'stated': (True, False, False)}[ck]
    b.append(('check', [("akkoord", ticks[0]), ("niet akkoord", ticks[1]), ("gedeeltelijk akkoord", ticks[2])]))
    if ck == 'partial':
        b.append(('field', "Toelichting", "niet akkoord met begeleiding buiten de klas"))
    if ck == 'protest':
        b.append(('field', "Toelichting", "getekend onder protest, wij willen meer uren RT"))
    if ck == 'voorgezien':
        b.append(('field', "Toelichting", "voor gezien"))
    signer = {'adult': ("Leerling (meerderjarig)", P['name']), 'curator': ("Curator", P['curator'])}.get(ck, ("Ouder/verzorger", P['parent']))
    if ck == 'curatele_self':
        b.append(('field', "Toelichting", "leerling is 19 jaar en heeft zelf getekend; staat onder curatele"))
        b.append(('sig', [("Leerling", P['name'], P['sigdate'], True), ("Curator / wettelijk vertegenwoordiger", "", "", False), ("School", P['mentor'], P['sigdate'], True)]))
    elif ck in ('schoolonly', 'blank', 'unticked'):
        b.append(('sig', [(signer[0], "", "", False), ("School", P['mentor'] if ck != 'blank' else "", P['sigdate'] if ck != 'blank' else "", ck != 'blank')]))
    elif ck == 'nodate':
        b.append(('sig', [(signer[0], signer[1], "", True), ("School", P['mentor'], "", True)]))
    else:
        b.append(('sig', [(signer[0], signer[1], P['sigdate'], True), ("School", P['mentor'], P['sigdate'], True)]))
    return b


# ---------------------------------------------------------------- Layout D: domain table (PDF direct)
def layout_D(P, S):
    b = [('title', f"Ontwikkelingsperspectief – {P['name']}"),
         ('p', f"{P['school']} ({P['place']}) | {P['group']} | geboren {P['dob']} | {P['type_long']}")]
    def cell(el, full):
        st = S.get(el, 'ok')
        return {'empty': '', 'ph': 'n.t.b.', 'instr': '[invullen per domein]', 'ref': 'zie bijlage'}.get(st, full)
    # domain table: belemmerend / bevorderend
    if not (S.get('belemmerende_factoren') == 'miss' and S.get('bevorderende_factoren') == 'miss'):
        b.append(('h', "A. Beeld van de leerling per domein"))
        hdr = ["Domein"] + (["Belemmerend"] if S.get('belemmerende_factoren') != 'miss' else []) + \
              (["Bevorderend"] if S.get('bevorderende_factoren') != 'miss' else [])
        rows = [hdr]
        doms = ["Leren en ontwikkeling", "Werkhouding / sociaal-emotioneel", "Thuis en omgeving"]
        for i, d in enumerate(doms):
            r = [d]
            if S.get('belemmerende_factoren') != 'miss':
                r.append(cell('belemmerende_factoren', P['belem'][i] if i < len(P['belem']) else '-') if i == 0 or S.get('belemmerende_factoren', 'ok') == 'ok' else '')
            if S.get('bevorderende_factoren') != 'miss':
                r.append(cell('bevorderende_factoren', P['bevord'][i] if i < len(P['bevord']) else '-') if i == 0 or S.get('bevorderende_factoren', 'ok') == 'ok' else '')
            rows.append(r)
        b.append(('table', rows, True))
    instr = lambda el: "[invullen per domein]"
    ref = lambda el: "zie bijlage"
    s = Sec(b, S, instr, ref)
    s('ondersteuningsbehoefte', "B. Onderwijsbehoeften", [('bul', P['behoefte'])])
    s('uitstroombestemming', "C. Perspectief", [('p', f"Uitstroom: {P['dest']}")])
    s('onderbouwing', "C2. Argumenten", [('bul', P['onderb'])])
    s('doelen', "D. Doelen", [('table', [["Doel", "Meetbaar in"]] + [[d, "evaluatie"] for d in P['doelen']], True)] if S.get('doelen') != 'vague'
      else [('table', [["Doel", "Meetbaar in"], ["Meer rust", "-"], ["Betere resultaten", "-"]], True)])
    if S.get('ondersteuning') == 'partial':
        s('ondersteuning', "E. Handelingsdeel", [('table', [["Wat", "Wie", "Hoe vaak", "Vanaf"]] + [[w, "", "", ""] for (w, _, _, _) in P['steun']], True)])
    else:
        s('ondersteuning', "E. Handelingsdeel", [('table', [["Wat", "Wie", "Hoe vaak", "Vanaf"]] + [list(x) for x in P['steun']], True)])
    afw = [('p', "Afwijkingen programma: n.v.t. – volgt het reguliere programma.")] if S.get('afwijkingen_onderwijsprogramma') == 'none' \
        else [('p', f"Afwijkingen programma: {P['afw']}")]
    s('afwijkingen_onderwijsprogramma', "F. Programma", afw)
    who, adv, act = P['advies']
    s('adviezen_professionals', "G. Externe adviezen",
      [('table', [["Deskundige", "Advies", "Actie school"], [who, adv, act]], True)] if S.get('adviezen_professionals') != 'seeverslag'
      else [('table', [["Deskundige", "Advies", "Actie school"], [who, "zie verslag", ""]], True)])
    inb = [('table', [["Stem van de leerling", "Gevolg voor het plan"], [P['view'], '' if S.get('inbreng_leerling') == 'noeffect' else P['effect']]], True)]
    s('inbreng_leerling', "H. Stem van de leerling", inb)
    rows = [["Onderdeel", "Gegevens"]]
    if S.get('oogo') != 'miss':
        rows.append(["Overleg ouders (OOGO)", cell('oogo', f"{P['oogo_date']} – {P['parent']}, {P['mentor']}")])
    if S.get('evaluatie') != 'miss':
        rows.append(["Evaluatie", cell('evaluatie', f"{P['eval']} (ouders{', leerling' if P['after'] else ''}, mentor)")])
    if S.get('vaststelling') != 'miss':
        rows.append(["Vastgesteld", cell('vaststelling', f"{P['date']} door {P['director']}")])
    if len(rows) > 1:
        b.append(('h', "I. Procedure"))
        b.append(('table', rows, True))
    s('informatie_rechten', None, [('p', RIGHTS['D'])])
    ck = S.get('consent')
    if ck == 'avg_only':
        b.append(('h', "J. Toestemming foto en video"))
        b.append(('check', [("Ouders geven toestemming voor beeldmateriaal", True)]))
        b.append(('sig', [("Ouder", P['parent'], P['sigdate'], True)]))
    elif ck != 'miss':
        b.append(('h', "J. Instemming handelingsdeel"))
        b.extend(consent_A(P, ck))
    return b


# ---------------------------------------------------------------- Layout E: groeidocument, OPP is chapter 4
def layout_E(P, S):
    b = [('title', "Groeidocument"),
         ('p', f"{P['name']} · {P['school']}, {P['place']} · {P['group']}"),
         ('h', "Hoofdstuk 1 Wie is de leerling?"),
         ('p', f"{P['first']} is geboren op {P['dob']} en woont met het gezin in {P['place']}. Hobby's en interesses zijn in het kennismakingsgesprek besproken."),
         ('h', "Hoofdstuk 2 Gesprekken en betrokkenen"),
         ('p', f"Betrokken: {P['parent']} (ouder), {P['mentor']}, intern begeleider, {P['advies'][0]}.")]
    instr = lambda el: "Toelichting: beschrijf dit in maximaal vijf regels; gebruik de kijkwijzer."
    ref = lambda el: "Zie bijlage 4 bij dit groeidocument."
    s = Sec(b, S, instr, ref, hkind='h2')
    b.append(('h', "Hoofdstuk 3 Kindkenmerken"))
    s('belemmerende_factoren', "3.1 Wat zit de ontwikkeling in de weg?",
      [('p', f"Wat het leren bemoeilijkt: {lst(P['belem'])}.")])
    s('bevorderende_factoren', "3.2 Kansen en sterke kanten",
      [('p', f"Sterke kanten waar we op bouwen: {lst(P['bevord'])}.")])
    s('adviezen_professionals', "3.3 Wat adviseren deskundigen?",
      [('p', "Zie het verslag van de deskundige.")] if S.get('adviezen_professionals') == 'seeverslag' else
      [('p', f"Volgens {P['advies'][0]} is het advies: {P['advies'][1]}. Dit betekent voor de school: {P['advies'][2]}.")])
    b.append(('h', "Hoofdstuk 4 Ontwikkelingsperspectief"))
    s('uitstroombestemming', "4.1 Uitstroomprofiel", [('p', f"Verwacht uitstroomprofiel: {P['dest']}.")])
    s('onderbouwing', "4.2 Waarop baseren we dit?", [('bul', P['onderb'])])
    s('ondersteuningsbehoefte', "4.3 Wat heeft deze leerling nodig om te groeien?", [('bul', P['behoefte'])])
    s('doelen', "4.4 Beoogde opbrengsten", [('bul', P['doelen'])] if S.get('doelen') != 'vague' else [('bul', ["lekker in zijn vel zitten", "vooruitgang bij rekenen"])])
    if S.get('ondersteuning') == 'partial':
        s('ondersteuning', "4.5 Aanpak", [('p', "We zetten in op: " + lst([w for (w, _, _, _) in P['steun']]) + ". Wie dit doet en hoe vaak spreken we nog af.")])
    else:
        s('ondersteuning', "4.5 Aanpak", [('table', [["Aanpak", "Uitvoerder", "Frequentie", "Start"]] + [list(x) for x in P['steun']], True)])
    s('afwijkingen_onderwijsprogramma', "4.6 Aanpassingen in het programma",
      [('p', "Geen: het programma is gelijk aan dat van de groep.")] if S.get('afwijkingen_onderwijsprogramma') == 'none' else [('p', P['afw'][0].upper() + P['afw'][1:] + ".")])
    inb = [('p', f"Wat {P['first']} zelf zegt: \"{P['view']}\".")]
    if S.get('inbreng_leerling') != 'noeffect':
        inb.append(('p', f"Wat we ermee gedaan hebben: {P['effect']}."))
    s('inbreng_leerling', "4.7 De leerling aan het woord", inb)
    b.append(('h', "Hoofdstuk 5 Afspraken en vervolg"))
    s('oogo', "5.1 Overleg met ouders", [('p', f"Op {P['oogo_date']} is dit groeidocument doorgesproken met {P['parent']} voordat het werd vastgesteld; hun vragen zijn verwerkt in 4.5.")])
    s('evaluatie', "5.2 Evaluatie", [('p', f"Evaluatie: {P['eval']}. Bij de evaluatie zijn ouders{' en de leerling' if P['after'] else ''} aanwezig.")])
    s('informatie_rechten', "5.3 Rechten", [('p', RIGHTS['E'])])
    s('vaststelling', "5.4 Vaststelling OPP", [('p', f"Het OPP (hoofdstuk 4) is vastgesteld op {P['date']} door {P['director']}.")])
    ck = S.get('consent')
    if ck == 'avg_only':
        b.append(('h2', "5.5 Toestemming gegevensdeling"))
        b.append(('p', "Ouders geven toestemming dit groeidocument te delen met het samenwerkingsverband (AVG)."))
        b.append(('sig', [("Ouder", P['parent'], P['sigdate'], True)]))
    elif ck != 'miss':
        b.append(('h2', "5.5 Ondertekening"))
        b.extend(consent_A(P, ck))
    return b


# ---------------------------------------------------------------- Layout F: school system export
def layout_F(P, S):
    lines = []
    lines.append(f"LVS Leerlingdossier Plus 4.2 - export module OPP")
    lines.append(f"Leerling-ID 20{P['seed']:05d}   {P['name']}   geb. {P['dob']}   {P['group']}")
    lines.append(f"Instelling: {P['school']} [{P['place']}]   BRIN 99X{P['seed']%10}")
    lines.append("=" * 70)
    def fld(el, label, full):
        st = S.get(el, 'ok')
        if st == 'miss':
            return
        v = {'empty': '', 'ph': '<leeg>', 'instr': '{veld: vrije tekst, max 2000 tekens}', 'ref': 'zie document in dossier'}.get(st, full)
        lines.append(f"[{label}]")
        lines.append(f"  {v}")
    fld('uitstroombestemming', "OPP.UITSTROOM", P['dest'])
    fld('onderbouwing', "OPP.UITSTROOM.ONDERBOUWING", " / ".join(P['onderb']))
    fld('belemmerende_factoren', "FACTOREN.BELEMMEREND", " / ".join(P['belem']))
    fld('bevorderende_factoren', "FACTOREN.BEVORDEREND", " / ".join(P['bevord']))
    fld('ondersteuningsbehoefte', "ONDERWIJSBEHOEFTEN", " / ".join(P['behoefte']))
    if S.get('ondersteuning') == 'partial':
        fld('ondersteuning', "HANDELINGSDEEL", " / ".join(w for (w, _, _, _) in P['steun']))
    else:
        fld('ondersteuning', "HANDELINGSDEEL", "\n  ".join(f"* {w}; uitvoering: {wie}; freq: {hoe}; start: {van}" for (w, wie, hoe, van) in P['steun']))
    fld('afwijkingen_onderwijsprogramma', "AFWIJKING.PROGRAMMA", "Geen afwijking (regulier programma)" if S.get('afwijkingen_onderwijsprogramma') == 'none' else P['afw'])
    fld('doelen', "DOELEN", "\n  ".join(f"{i+1}) {d}" for i, d in enumerate(P['doelen'])) if S.get('doelen') != 'vague' else "1) welbevinden verbeteren")
    fld('adviezen_professionals', "EXTERN.ADVIES", "zie verslag" if S.get('adviezen_professionals') == 'seeverslag' else f"{P['advies'][0]} -> {P['advies'][1]}; opvolging: {P['advies'][2]}")
    fld('inbreng_leerling', "LEERLING.INBRENG", f"{P['view']}" + ("" if S.get('inbreng_leerling') == 'noeffect' else f" || verwerkt: {P['effect']}"))
    fld('oogo', "OOGO", f"datum {P['oogo_date']}; deelnemers {P['parent']}, {P['mentor']}")
    fld('evaluatie', "EVALUATIE.PLANNING", f"{P['eval']} (ouders{', leerling' if P['after'] else ''})")
    fld('informatie_rechten', "INFO.RECHTEN", RIGHTS['F'])
    fld('vaststelling', "STATUS", f"Vastgesteld {P['date']} door {P['director']}")
    ck = S.get('consent')
    lines.append("-" * 70)
    d = P['sigdate']
    cmap = {
        'given': f"[INSTEMMING.OUDERS]\n  Akkoord: JA   Ondertekend: {P['parent']}   Datum: {d}",
        'stated': f"[INSTEMMING.OUDERS]\n  Mondeling akkoord gegeven door {P['parent']} op {d}, vastgelegd door {P['mentor']}",
        'voorgezien': f"[INSTEMMING.OUDERS]\n  Status: VOOR GEZIEN   Ondertekend: {P['parent']}   Datum: {d}",
        'protest': f"[INSTEMMING.OUDERS]\n  Akkoord: ONDER PROTEST   Ondertekend: {P['parent']}   Datum: {d}",
        'refused': f"[INSTEMMING.OUDERS]\n  Akkoord: NEE   Datum gesprek: {d}",
        'partial': f"[INSTEMMING.OUDERS]\n  Akkoord: DEELS (niet met onderdeel 2 van handelingsdeel)   Ondertekend: {P['parent']}   Datum: {d}",
        'schoolonly': f"[INSTEMMING.OUDERS]\n  Akkoord: <leeg>   Ondertekend school: {P['mentor']}   Datum: {d}",
        'unticked': "[INSTEMMING.OUDERS]\n  Akkoord: [ ] ja  [ ] nee",
        'blank': "[INSTEMMING.OUDERS]\n  Akkoord:            Ondertekend:            Datum:",
        'nodate': f"[INSTEMMING.OUDERS]\n  Akkoord: JA   Ondertekend: {P['parent']}   Datum: <leeg>",
        'adult': f"[INSTEMMING.LEERLING.MEERDERJARIG]\n  Akkoord: JA   Ondertekend: {P['name']}   Datum: {d}",
        'curator': f"[INSTEMMING.WETTELIJK.VERTEGENWOORDIGER]\n  Akkoord: JA   Ondertekend: {P['curator']} (curator)   Datum: {d}",
        'curatele_self': f"[INSTEMMING]\n  Akkoord: JA   Ondertekend: {P['name']} (leerling, onder curatele)   Datum: {d}",
        'avg_only': f"[TOESTEMMING.AVG]\n  Gegevensdeling SWV: JA   Ondertekend: {P['parent']}   Datum: {d}",
    }
    if ck in cmap:
        lines.extend(cmap[ck].split("\n"))
    lines.append("=" * 70)
    lines.append(f"Afgedrukt op 0{1 + P['seed'] % 8}-12-2026 door gebruiker ib{P['seed']%7}   pagina 1 van 1   vertrouwelijk")
    return [('mono', lines)]


# ---------------------------------------------------------------- Layout G: fillable PDF form (fields)
def layout_G_fields(P, S):
    """returns list of (fieldname, label, value, multiline) plus checkboxes (name,label,checked)"""
    def v(el, full):
        st = S.get(el, 'ok')
        return {'empty': '', 'ph': 'volgt na overleg', 'instr': 'Beschrijf kort, in begrijpelijke taal.', 'ref': 'zie bijlage'}.get(st, full)
    F = [("naam", "Naam leerling", P['name'], False), ("geb", "Geboren", P['dob'], False),
         ("school", "School", f"{P['school']} ({P['place']})", False)]
    spec = [
        ('uitstroombestemming', "uitstroom", "Waar stroomt de leerling naar uit?", P['dest']),
        ('onderbouwing', "onderbouwing", "Waarom dit uitstroomniveau?", ", ".join(P['onderb'])),
        ('belemmerende_factoren', "belem", "Wat werkt belemmerend?", ", ".join(P['belem'])),
        ('bevorderende_factoren', "bevord", "Wat werkt stimulerend?", ", ".join(P['bevord'])),
        ('ondersteuningsbehoefte', "behoefte", "Wat heeft de leerling nodig?", ", ".join(P['behoefte'])),
        ('ondersteuning', "steun", "Extra ondersteuning (wat, wie, hoe vaak)",
         ", ".join(w for (w, _, _, _) in P['steun']) if S.get('ondersteuning') == 'partial' else "; ".join(f"{w} ({wie}, {hoe})" for (w, wie, hoe, van) in P['steun'])),
        ('afwijkingen_onderwijsprogramma', "afwijking", "Afwijkend programma?", "geen" if S.get('afwijkingen_onderwijsprogramma') == 'none' else P['afw']),
        ('doelen', "doelen", "Doelen", " ".join(P['doelen']) if S.get('doelen') != 'vague' else "vooruitgang op alle gebieden"),
        ('adviezen_professionals', "advies", "Advies deskundigen en wat de school ermee doet",
         "zie verslag" if S.get('adviezen_professionals') == 'seeverslag' else f"{P['advies'][0]}: {P['advies'][1]}. School: {P['advies'][2]}."),
        ('inbreng_leerling', "leerling", "Wat zegt de leerling zelf? Wat is ermee gedaan?",
         P['view'] + ("" if S.get('inbreng_leerling') == 'noeffect' else f". Aanpassing: {P['effect']}")),
        ('oogo', "oogo", "Besproken met ouders op / met", f"{P['oogo_date']}, {P['parent']}"),
        ('evaluatie', "evaluatie", "Evaluatie gepland", P['eval']),
        ('informatie_rechten', "rechten", "Informatie rechten ouders", RIGHTS['C']),
        ('vaststelling', "vastgesteld", "Vastgesteld (datum, naam directeur)", f"{P['date']}, {P['director']}"),
    ]
    for el, fn, lab, full in spec:
        if S.get(el, 'ok') == 'miss':
            continue
        F.append((fn, lab, v(el, full), True))
    ck = S.get('consent')
    C = []
    if ck == 'avg_only':
        C.append(("avg", "Toestemming gegevensdeling (AVG) met het samenwerkingsverband", True))
        F.append(("avg_naam", "Naam ouder (AVG)", P['parent'], False))
        F.append(("avg_datum", "Datum (AVG)", P['sigdate'], False))
    elif ck != 'miss':
        tick = ck in ('given', 'nodate', 'adult', 'curator', 'curatele_self', 'protest')
        C.append(("akkoord", "Ik stem in met het handelingsdeel", tick))
        C.append(("nietakkoord", "Ik stem niet in", ck == 'refused'))
        who = P['name'] if ck in ('adult', 'curatele_self') else (P['curator'] if ck == 'curator' else P['parent'])
        nm = '' if ck in ('unticked', 'blank', 'schoolonly') else who
        dt = '' if ck in ('unticked', 'blank', 'schoolonly', 'nodate') else P['sigdate']
        if ck == 'protest':
            nm = who + " (onder protest)"
        if ck == 'voorgezien':
            nm = who + " - voor gezien"
        F.append(("ouder_naam", "Naam ondertekenaar (ouder / leerling 18+ / wettelijk vertegenwoordiger)", nm, False))
        F.append(("ouder_datum", "Datum", dt, False))
        F.append(("school_naam", "Namens school", '' if ck == 'blank' else P['mentor'], False))
    return F, C


# ---------------------------------------------------------------- Layout H: one long narrative text
def layout_H(P, S):
    paras = [f"Verslag ontwikkelingsperspectief van {P['name']} ({P['group']}, {P['school']} te {P['place']})."]
    def add(el, full, gap_text):
        st = S.get(el, 'ok')
        if st == 'miss':
            return
        if st in ('ok', 'none', 'noeffect', 'vague', 'partial', 'seeverslag'):
            paras.append(full)
        else:
            paras.append(gap_text.replace('@', {'empty': '', 'ph': '...', 'instr': '(aanvullen door de mentor: zie invulinstructie)', 'ref': 'zie de bijlage'}[st]))
    add('bevorderende_factoren', f"Wie {P['first']} leert kennen, ziet vooral iemand die {lst(P['bevord'])}; daar bouwen wij op.",
        "Wat gaat er goed? @")
    add('belemmerende_factoren', f"Tegelijk lopen we tegen dingen aan: {lst(P['belem'])}. Dat remt het leren af.",
        "Waar lopen we tegenaan? @")
    add('ondersteuningsbehoefte', f"Wat hij of zij van ons vraagt, is in de kern: {lst(P['behoefte'])}.",
        "Wat vraagt de leerling van ons: @")
    add('uitstroombestemming', f"Het team verwacht dat de leerling uiteindelijk terechtkomt bij: {P['dest']}.",
        "Verwachte uitstroom: @")
    add('onderbouwing', f"Die verwachting rust op {lst(P['onderb'])}.", "Onderbouwing: @")
    if S.get('ondersteuning') == 'partial':
        st = f"Concreet zetten we in op {lst([w for (w,_,_,_) in P['steun']])}."
    else:
        st = "Concreet spreken we af: " + "; ".join(f"{wie} verzorgt {w}, {hoe}, met ingang van {van}" for (w, wie, hoe, van) in P['steun']) + "."
    add('ondersteuning', st, "Afspraken over de begeleiding: @")
    add('afwijkingen_onderwijsprogramma', "Het lesprogramma blijft ongewijzigd; er is geen sprake van afwijkingen." if S.get('afwijkingen_onderwijsprogramma') == 'none'
        else f"Het programma is aangepast: {P['afw']}.", "Aanpassing van het programma: @")
    add('doelen', f"Over een half jaar willen we dit kunnen vaststellen: {' '.join(P['doelen'])}" if S.get('doelen') != 'vague'
        else "We hopen dat het over een half jaar beter gaat.", "Doelen: @")
    add('adviezen_professionals', "De deskundigen hebben een verslag gemaakt; dat zit in het dossier." if S.get('adviezen_professionals') == 'seeverslag'
        else f"De {P['advies'][0]} raadt aan: {P['advies'][1]}. Wij hebben dat opgepakt: {P['advies'][2]}.", "Advies van buiten: @")
    add('inbreng_leerling', f"In een gesprek met de mentor vertelde {P['first']} dat hij of zij {P['view']}." +
        ("" if S.get('inbreng_leerling') == 'noeffect' else f" Dat heeft het plan veranderd: {P['effect']}."), "De leerling zelf: @")
    add('oogo', f"Het plan is op {P['oogo_date']} in een gesprek met {P['parent']} en {P['mentor']} doorgenomen, voordat het werd vastgesteld.",
        "Overleg met ouders: @")
    add('evaluatie', f"We evalueren het plan in {P['eval']}, samen met ouders{' en leerling' if P['after'] else ''}.", "Evaluatie: @")
    add('informatie_rechten', RIGHTS['H'], "Rechten: @")
    add('vaststelling', f"Vastgesteld door {P['director']}, {P['date']}.", "Vastgesteld: @")
    ck = S.get('consent')
    d = P['sigdate']
    ct = {
        'given': f"Voor akkoord met het handelingsdeel: {P['parent']}, {d} (w.g.).",
        'stated': f"De ouders hebben op {d} in het gesprek ingestemd met het handelingsdeel; de mentor heeft dit direct vastgelegd.",
        'voorgezien': f"Voor gezien: {P['parent']}, {d} (w.g.).",
        'protest': f"{P['parent']} heeft op {d} getekend, maar \"onder protest\".",
        'refused': f"De ouders hebben op {d} laten weten niet in te stemmen met het handelingsdeel.",
        'partial': f"De ouders stemmen in met de begeleiding door de mentor, maar niet met de overige afspraken ({d}).",
        'schoolonly': f"Namens de school: {P['mentor']}, {d} (w.g.).    Ouder(s): ________________",
        'blank': "Handtekening ouder(s): ______________________   Datum: __________",
        'nodate': f"Voor akkoord met het handelingsdeel: {P['parent']} (w.g.). Datum: ",
        'adult': f"{P['name']}, meerderjarig en handelingsbekwaam, stemt zelf in met het handelingsdeel: {d} (w.g.).",
        'curator': f"Namens {P['first']}, die onder curatele staat, stemt de curator {P['curator']} in met het handelingsdeel: {d} (w.g.).",
        'curatele_self': f"{P['name']} (onder curatele) heeft zelf getekend voor akkoord: {d} (w.g.). Handtekening curator: ____________",
        'avg_only': f"Toestemming voor foto's en gegevensdeling (AVG) is gegeven door {P['parent']} op {d} (w.g.).",
        'unticked': "[ ] akkoord handelingsdeel    [ ] niet akkoord      Handtekening: ________",
    }
    if ck in ct:
        paras.append(ct[ck])
    return [('title', "Verslag ontwikkelingsperspectief")] + [('p', x) for x in paras[:]]


# ---------------------------------------------------------------- non-OPP documents
def leaflet():
    return [('title', "Wat is een OPP? Informatie voor ouders"),
            ('p', "Samenwerkingsverband Passend Onderwijs Lindevaart – folder"),
            ('h', "Waarom krijgt mijn kind een OPP?"),
            ('p', "Heeft uw kind meer hulp nodig dan de school gewoonlijk geeft? Dan maakt de school een ontwikkelingsperspectiefplan, kortweg OPP. Daarin staat waar uw kind naar verwachting naartoe gaat na deze school en welke hulp het krijgt."),
            ('h', "Wat staat er in een OPP?"),
            ('bul', ["de verwachte uitstroombestemming en waarom de school dat denkt",
                     "wat het leren moeilijker maakt en wat het makkelijker maakt",
                     "welke hulp uw kind krijgt, van wie en hoe vaak",
                     "hoe de mening van uw kind is meegenomen",
                     "wanneer het plan wordt bekeken"]),
            ('h', "Mag ik meebeslissen?"),
            ('p', "Ja. De school moet het plan met u bespreken voordat het wordt vastgesteld. Voor het deel over de hulp is uw instemming nodig. Bent u het niet eens, dan kunt u terecht bij een onderwijsconsulent of de Geschillencommissie passend onderwijs."),
            ('h', "Meer weten?"),
            ('p', "Bel het ouderloket van het samenwerkingsverband (ma–do 9.00–12.00) of vraag de intern begeleider van uw school.")]


def newsletter():
    return [('title', "De Wilgenpost – nieuwsbrief december"),
            ('p', "OBS De Wilgenhoek, Brakeldam"),
            ('h', "Sinterklaas was er!"),
            ('p', "Wat een feest was het op 5 december. De Sint kwam met een bakfiets het plein op en alle groepen zongen mee."),
            ('h', "Nieuw: ondersteuningsplannen met de stem van uw kind"),
            ('p', "Sinds vorig schooljaar vragen we kinderen met een ontwikkelingsperspectief altijd zelf wat zij van hun plan vinden. Heeft uw kind een OPP, dan nodigt de intern begeleider u en uw kind in januari uit voor een gesprek."),
            ('h', "Studiedag"),
            ('p', "Op vrijdag 18 december zijn alle kinderen vrij in verband met een studiedag van het team."),
            ('h', "Luizencontrole"),
            ('p', "Na de kerstvakantie is er weer luizencontrole. Wilt u uw kind die dag geen gel in het haar doen?")]
