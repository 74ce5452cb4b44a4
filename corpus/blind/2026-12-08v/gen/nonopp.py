"""Documents that are not OPPs: a leaflet, a newsletter, an invitation, and two blank formats."""
import os, datetime as dt

NA = 'not_applicable'


def _all(K, status):
    return {el: status for el in K.ELEMENTS}


def build_all(write, K, L, R):
    out = []
    # 1. leaflet for parents (pdf made directly)
    B = [('title', "Wat is een ontwikkelingsperspectiefplan (OPP)?"),
         ('p', "Informatie voor ouders - Samenwerkingsverband Passend Primair Onderwijs Vlietmonde e.o."),
         ('h1', "Waarom een OPP?"),
         ('p', "Sommige kinderen hebben meer ondersteuning nodig dan de school in de basisondersteuning biedt. Dan stelt de school een ontwikkelingsperspectiefplan op. Daarin staat wat de school van uw kind verwacht en welke hulp uw kind krijgt."),
         ('h1', "Wat staat er in een OPP?"),
         ('bullets', ["De te verwachten uitstroombestemming: naar welke vorm van voortgezet onderwijs uw kind waarschijnlijk gaat.",
                      "De onderbouwing daarvan: toetsgegevens, onderzoek en de ontwikkeling tot nu toe.",
                      "Belemmerende en bevorderende factoren: wat het leren moeilijker maakt en wat juist helpt.",
                      "Het handelingsdeel: de doelen en de ondersteuning die de school biedt, door wie en hoe vaak.",
                      "Eventuele afwijkingen van het onderwijsprogramma, zoals een eigen leerlijn."]),
         ('h1', "Wat is uw rol?"),
         ('p', "De school bespreekt het OPP met u voordat het wordt vastgesteld. Met het handelingsdeel moet u instemmen; de school vraagt daarvoor uw handtekening. Sinds 1 augustus 2025 moet de school ook de mening van uw kind vragen en opschrijven wat daarmee gedaan is."),
         ('p', "Het OPP wordt minstens één keer per schooljaar met u geëvalueerd."),
         ('h1', "Niet eens?"),
         ('p', "Praat eerst met de leerkracht of de intern begeleider. Komt u er samen niet uit, dan kunt u contact opnemen met het ouder- en jeugdsteunpunt van het samenwerkingsverband of met de onderwijsconsulenten. U kunt ook een verzoek indienen bij de Geschillencommissie passend onderwijs, binnen zes weken nadat de school het OPP heeft vastgesteld."),
         ('small', "Deze folder is algemene informatie en geen ontwikkelingsperspectief van uw kind. Uitgave september 2025.")]
    write('none-01-folder-wat-is-een-opp', 'pdf', B, {'title': "Folder OPP", 'author': "SWV"}, 1, {})
    out.append({'file': 'docs/none-01-folder-wat-is-een-opp.pdf', 'format': 'pdf', 'layout': 'leaflet', 'school_type': 'none', 'scanned': False,
                'elements': _all(K, NA), 'accept_unclear': [], 'notes': "Leaflet for parents explaining every OPP element in general terms; not a plan, no pupil."})
    # 2. newsletter (docx)
    B = [('title', "Nieuwsbrief OBS Het Kompasveld - oktober 2025"),
         ('h1', "Van de directeur"), ('p', "Het eerste kwartaal zit erop. Wat fijn dat zoveel ouders bij de startgesprekken waren!"),
         ('h1', "Schoolreis"), ('p', "Op 14 oktober gaan groep 3 t/m 5 naar Speelpark De Vaartse Hoeve. Vergeet de lunch niet."),
         ('h1', "Ondersteuning en OPP-gesprekken"),
         ('p', "Voor een aantal leerlingen heeft de school een ontwikkelingsperspectiefplan. De intern begeleider nodigt de ouders van deze leerlingen in week 44 en 45 uit voor de evaluatie. Ouders die het niet eens zijn met het plan kunnen terecht bij de intern begeleider of de onderwijsconsulent. Vanaf dit schooljaar praten de kinderen zelf ook mee over hun plan."),
         ('h1', "Luizencontrole"), ('p', "Na de herfstvakantie is er weer luizencontrole. Graag geen vlechtjes of gel."),
         ('h1', "Agenda"), ('table', [["Datum", "Activiteit"], ["14-10-2025", "Schoolreis gr 3-5"], ["20-10 t/m 24-10", "Herfstvakantie"], ["3-11-2025", "Studiedag, alle leerlingen vrij"]], {'header': True})]
    write('none-02-nieuwsbrief', 'docx', B, {'title': "Nieuwsbrief", 'author': "directie"}, 2, {})
    out.append({'file': 'docs/none-02-nieuwsbrief.docx', 'format': 'docx', 'layout': 'newsletter', 'school_type': 'none', 'scanned': False,
                'elements': _all(K, NA), 'accept_unclear': [], 'notes': "School newsletter with a paragraph about OPP evaluations and rights; not a plan."})
    # 3. invitation letter (txt)
    B = [('p', "Gaasterhout College - team ondersteuning"), ('p', "Gaasterhout, 22 september 2025"),
         ('p', "Betreft: uitnodiging gesprek ontwikkelingsperspectief"),
         ('p', "Beste ouder(s)/verzorger(s),"),
         ('p', "Graag nodigen wij u en uw zoon/dochter uit voor een gesprek over het ontwikkelingsperspectiefplan (OPP). In dat gesprek bespreken we de verwachte uitstroombestemming, wat uw kind helpt en wat het lastig maakt, en welke ondersteuning de school wil bieden. Ook horen we graag wat uw kind zelf vindt."),
         ('p', "Het gesprek vindt plaats op dinsdag 7 oktober 2025 om 15.30 uur in lokaal B0.12. Wilt u de bijgevoegde vragenlijst 'Hoe kijkt u naar uw kind?' vooraf invullen?"),
         ('p', "Na het gesprek ontvangt u het OPP ter instemming met het handelingsdeel."),
         ('p', "Met vriendelijke groet,\nT. Oosterbaan, zorgcoördinator")]
    write('none-03-uitnodiging-opp-gesprek', 'txt', B, {}, 3, {})
    out.append({'file': 'docs/none-03-uitnodiging-opp-gesprek.txt', 'format': 'txt', 'layout': 'invitation-letter', 'school_type': 'none', 'scanned': False,
                'elements': _all(K, NA), 'accept_unclear': [], 'notes': "Invitation to an OPP meeting that names the elements to be discussed; not a plan."})
    # 4. blank SWV format (docx) with the format's instructions
    p = {'naam': "", 'roep': "de leerling", 'geb': None, 'school': "(naam school)", 'plaats': "(plaats)", 'klas': "", 'lk': "", 'ib': "",
         'lkrol': 'leerkracht', 'ibrol': 'intern begeleider', 'swv': "Samenwerkingsverband Passend Primair Onderwijs Vlietmonde e.o.",
         'd_oogo': None, 'd_consent': None, 'D': None, 'dir': "", 'ouder1': "", 'moeder': "", 'vader': "", 'ds': 'num', 'hem': 'hem'}
    C = {el: None for el in K.ELEMENTS}
    for el in K.ELEMENTS:
        if el in ('instemming_ouders', 'vaststelling'):
            continue
        v = K.INSTR[el]
        C[el] = v if el == 'uitstroombestemming' else ([("", v)] if el in ('belemmerende_factoren', 'bevorderende_factoren') else ([(v, "", "", "")] if el == 'ondersteuning' else [v]))
    C['consent'] = 'blank_line'; C['vaststelling'] = 'ph:'; C['_vast_sentence'] = ""; C['_profiel'] = None
    B, meta = L.swv_numbered(p, C, {'sj': "2025-2026"})
    B.insert(1, ('p', "FORMAT - versie augustus 2025. Verwijder de instructieteksten voordat u het OPP aan ouders geeft."))
    meta = {'title': "Format OPP", 'footer': "Format OPP SWV - pagina {page} van {pages}", 'author': "SWV"}
    write('none-04-leeg-format-swv', 'docx', B, meta, 4, {})
    els = {el: 'incomplete' for el in K.ELEMENTS}
    out.append({'file': 'docs/none-04-leeg-format-swv.docx', 'format': 'docx', 'layout': 'blank-format (swv-numbered)', 'school_type': 'none', 'scanned': False,
                'elements': els, 'accept_unclear': [], 'notes': "Blank SWV format: every heading present with only the format's instructions, blank signature lines. Labelled incomplete (heading found, nothing filled in)."})
    # 5. blank fillable form (pdf)
    C2 = {el: ("" if el == 'uitstroombestemming' else []) for el in K.ELEMENTS}
    C2['informatie_rechten'] = None
    C2['consent'] = 'blank_line'; C2['vaststelling'] = 'ph:'
    F, meta = L.fillable(dict(p, naam="", school="", klas=""), C2, {'sj': "2025-2026"})
    meta['subtitle'] = "Invulformulier samenwerkingsverband - schooljaar 2025-2026"
    write('none-05-leeg-invulformulier', 'form', F, meta, 5, {})
    els = {el: 'incomplete' for el in K.ELEMENTS}
    els['informatie_rechten'] = 'missing'
    out.append({'file': 'docs/none-05-leeg-invulformulier.pdf', 'format': 'pdf', 'layout': 'blank-format (fillable-form)', 'school_type': 'none', 'scanned': False,
                'elements': els, 'accept_unclear': [], 'notes': "Empty fillable PDF form: all fields empty, consent boxes unticked; the form has no rights text (missing)."})
    return out
