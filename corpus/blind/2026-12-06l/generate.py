#!/usr/bin/env python3
"""Deterministic generator for the blind OPP validation set 2026-12-06l.
Run: /work/blind23/venv/bin/python generate.py   (needs soffice + pdftoppm for some docs)"""
import os, sys, json, random, datetime as dt, subprocess, shutil, copy
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, TableColumnProperties
from odf.text import H, P
from odf.table import Table, TableColumn, TableRow, TableCell
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table as RTable, TableStyle, PageBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfgen import canvas as rcanvas
from PIL import Image, ImageFilter, ImageDraw
from reportlab import rl_config; rl_config.invariant = 1

OUT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(OUT, 'docs')
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
EL = ['uitstroombestemming', 'onderbouwing', 'belemmerende_factoren', 'bevorderende_factoren',
      'ondersteuningsbehoefte', 'ondersteuning', 'afwijkingen_onderwijsprogramma', 'doelen',
      'adviezen_professionals', 'oogo', 'instemming_ouders', 'inbreng_leerling', 'evaluatie',
      'informatie_rechten', 'vaststelling']
CUTOFF = dt.date(2025, 8, 1)
CONSENT_GAPS = {'voor_gezien', 'onder_protest', 'refused', 'partial', 'school_only', 'blank_line',
                'unticked', 'no_date', 'besproken', 'pupil_only_curatele', 'parents_only_adult'}
TEXT_GAPS = {'empty', 'placeholder', 'instruction', 'refer', 'vague', 'view_only'}

def fd(d): return d.strftime('%d-%m-%Y') if d else ''

# ---------------------------------------------------------------- pupils
FIRST = [('Daan', 'm'), ('Noor', 'v'), ('Sem', 'm'), ('Fenna', 'v'), ('Milan', 'm'), ('Isa', 'v'), ('Jurre', 'm'),
         ('Lotte', 'v'), ('Younes', 'm'), ('Sanne', 'v'), ('Bram', 'm'), ('Amira', 'v'), ('Thijs', 'm'), ('Evi', 'v'),
         ('Rayan', 'm'), ('Maud', 'v'), ('Gijs', 'm'), ('Liv', 'v'), ('Stijn', 'm'), ('Zoë', 'v'), ('Mees', 'm'), ('Jade', 'v')]
LAST = ['Hoekstra', 'van Brakel', 'Oudenaller', 'Kremers', 'El Idrissi', 'Wolters', 'Terpstra', 'de Gruyl', 'Veldhof',
        'Bosmeijer', 'Zandvliet', 'Ketelaar', 'Brouwenstijn', 'Aksoy', 'Rijnsburger', 'Hazelhoff', 'Spekman', 'Oolbekkink']
PLACES = ['Veenwolde', 'Harkemaburg', 'Sterkhuizen', 'Oldebrug', 'Wittenmeer', 'Zandloo', 'Kruisdijk', 'Rietvaart']
STAFF = ['mevr. A. Pronk', 'dhr. R. Luitjes', 'mevr. K. Schaafsma', 'dhr. T. van Olffen', 'mevr. H. Demir',
         'dhr. P. Hofkamp', 'mevr. W. Eilander', 'mevr. S. Groothuis', 'dhr. B. Nijenhuis']
SCHOOLS = {'po': ['OBS De Kwikstaart', 'CBS Het Klaverveld', 'Basisschool De Zeilkamp'],
           'sbo': ['SBO De Wissel', 'SBO Het Vlonder'],
           'so': ['SO De Lindeboog', 'Mytylschool De Ankerplaats'],
           'vo': ['Vossenveld College', 'Scholengemeenschap Rietvaart', 'Lyceum Oldebrug'],
           'pro': ['Praktijkschool De Werkhoeve', 'Praktijkcollege Zandloo'],
           'vso': ['VSO De Horizonbrug', 'VSO Het Kompasveld']}
SWV = ['Samenwerkingsverband Passend Onderwijs Veenwolde e.o.', 'SWV Harkemaburg-Kruisdijk PO',
       'Samenwerkingsverband VO Rietvaart', 'SWV Passend Onderwijs Wittenmeer']

class Doc:
    pass

def make_pupil(rng, st, d, adult=False):
    p = {}
    fn, g = rng.choice(FIRST)
    p['name'] = fn; p['full'] = f"{fn} {rng.choice(LAST)}"; p['g'] = g
    p['zij'] = 'hij' if g == 'm' else 'zij'; p['Zij'] = p['zij'].capitalize()
    p['haar'] = 'zijn' if g == 'm' else 'haar'; p['hem'] = 'hem' if g == 'm' else 'haar'
    age = {'po': 9, 'sbo': 10, 'so': 8, 'vo': 14, 'pro': 14, 'vso': 15}[st]
    if adult: age = 18
    by = d.year - age - (1 if d.month < 6 else 0)
    p['dob'] = dt.date(by, rng.randint(1, 12), rng.randint(1, 28))
    if adult:
        p['dob'] = dt.date(d.year - 18 - rng.randint(0, 1), rng.randint(1, d.month), 2)
    p['klas'] = {'po': 'groep 6', 'sbo': 'groep 7 (De Meeuwen)', 'so': 'groep SO-4', 'vo': 'klas 2 havo/vwo',
                 'pro': 'leerjaar 2', 'vso': 'bovenbouw 2' if not adult else 'uitstroomgroep'}[st]
    p['school'] = rng.choice(SCHOOLS[st]); p['place'] = rng.choice(PLACES)
    p['mentor'], p['ib'], p['dir'], p['ortho'] = rng.sample(STAFF, 4)
    ln = p['full'].split(' ', 1)[1]
    p['parent'] = f"{rng.choice(['M.', 'J.', 'S.', 'F.', 'R.'])} {ln}"
    p['parent2'] = f"{rng.choice(['E.', 'H.', 'L.'])} {rng.choice(LAST)}"
    p['swv'] = rng.choice(SWV)
    return p

# ---------------------------------------------------------------- element texts
def dest(doc):
    st, p = doc.st, doc.p
    return {'po': 'vmbo-kader (met lwoo), met als doel een diploma vmbo-kader en daarna mbo niveau 2-3',
            'sbo': 'vmbo basisberoepsgerichte leerweg met leerwegondersteuning',
            'so': 'vso, uitstroomprofiel arbeidsmarktgericht',
            'vo': 'havo-diploma (profiel Natuur & Gezondheid), daarna hbo',
            'pro': 'arbeid: regulier werk in de groenvoorziening of logistiek, met een branchecertificaat',
            'vso': {'vervolg': 'uitstroomprofiel vervolgonderwijs: vmbo-tl diploma, daarna mbo niveau 3',
                    'arbeid': 'uitstroomprofiel arbeidsmarktgericht: begeleid werk in de horeca (spoelkeuken/bediening)',
                    'dag': 'uitstroomprofiel dagbesteding: taakgerichte dagbesteding op een zorgboerderij'}[doc.profile]}[st]

def present_text(doc, el):
    p, st, d = doc.p, doc.st, doc.date
    n, zij, Zij, haar, hem = p['name'], p['zij'], p['Zij'], p['haar'], p['hem']
    if el == 'uitstroombestemming':
        return [f"Verwachte uitstroombestemming: {dest(doc)}."]
    if el == 'onderbouwing':
        base = {'po': f"Intelligentieonderzoek (WISC-V, {d.year-1}): TIQ 88, verbaal sterker dan performaal. Leerrendement begrijpend lezen 65%, rekenen 70% (Cito LVS, laatste drie meetmomenten). Bij dit rendement komt {n} eind groep 8 uit op ongeveer niveau E6/M7, passend bij vmbo-kader.",
                'sbo': f"Leerrendement over de afgelopen twee jaar: technisch lezen 75%, begrijpend lezen 55%, rekenen 60%. TIQ 79 (WISC-V, {d.year-1}). Met dit rendement wordt eind groep 8 een didactische leeftijd van ongeveer 35-40 op lezen en rekenen verwacht (niveau E6).",
                'so': f"{n} ontwikkelt zich op de leerlijnen van het SO in het tempo van leerroute 2 (CED-leerlijnen). TIQ 68 (SON-R, {d.year-1}); praktische zelfredzaamheid is sterker dan schoolse vaardigheden.",
                'vo': f"Cijfers klas 1 gemiddeld 7,1; methodetoetsen en de Cito VAS-toets wijzen op havo/vwo-niveau. Het schooladvies was havo/vwo. De dip in periode 2 hangt samen met verzuim door angstklachten, niet met het niveau.",
                'pro': f"TIQ 72 (WISC-V). Sterk in praktische opdrachten (stage-beoordeling 'goed' op werkhouding), rekenen op niveau 1F in opbouw. Uit de arbeidsoriëntatie blijkt voorkeur voor buitenwerk.",
                'vso': f"Op basis van de toetsgegevens (rekenen 1F behaald, lezen 1F), de stagebeoordelingen en het gedrag in de groep. TIQ 74 (WAIS-IV). {Zij} werkt zelfstandig in een vaste structuur."}[st]
        return [base]
    if el == 'belemmerende_factoren':
        return {'leerling': f"Snel afgeleid; korte spanningsboog (10-15 minuten); faalangst bij toetsen.",
                'onderwijs': "Grote groep (29 leerlingen); veel wisselingen van lokaal en docent.",
                'thuis': "Gezin kent een drukke periode door verhuizing; weinig rustige plek voor huiswerk."}
    if el == 'bevorderende_factoren':
        return {'leerling': f"Gemotiveerd, behulpzaam en creatief; goede mondelinge taalvaardigheid.",
                'onderwijs': "Vaste mentor met wekelijks contact; rustige werkplek in de klas beschikbaar.",
                'thuis': "Betrokken ouders die dagelijks meelezen; goede band met oudere zus."}
    if el == 'ondersteuningsbehoefte':
        return [f"{n} heeft een leerkracht nodig die instructie opdeelt in korte stappen en checkt of {zij} de opdracht begrijpt; een vaste plek met weinig prikkels; vooraf weten wat er die dag gebeurt (dagplanning) en complimenten bij inzet. De school kan dit bieden binnen de groep, met de extra inzet hieronder."]
    if el == 'ondersteuning':
        return [f"Verlengde instructie rekenen, 4x per week 20 minuten, door de groepsleerkracht (vanaf {fd(d)}).",
                f"Individuele begeleiding door de intern begeleider/ondersteuner, 1x per week 30 minuten op dinsdag: plannen en werkhouding.",
                f"Inzet ambulant begeleider vanuit het samenwerkingsverband: 1x per 6 weken consultatie van de leerkracht."]
    if el == 'afwijkingen_onderwijsprogramma':
        return [{'po': f"Voor rekenen werkt {n} vanaf blok 3 op een eigen leerlijn (twee leerjaren lager); de overige vakken volgt {zij} met de groep.",
                 'sbo': f"Voor begrijpend lezen werkt {n} met een eigen leerlijn; de doelen voor groep 8 zijn aangepast (zie ontwikkelingsperspectief).",
                 'so': f"{n} volgt een aangepast rooster van 20 uur per week (tot de kerstvakantie), daarna wordt opgebouwd.",
                 'vo': f"Vrijstelling voor het vak Frans in klas 2 (in overleg met de examencommissie); in de vrije uren huiswerkbegeleiding.",
                 'pro': f"Vervangend programma: in plaats van het vak Engels volgt {n} 2 uur extra praktijk (groen).",
                 'vso': f"Verkort lesrooster: 4 dagen per week op school, 1 dag stage (donderdag)."}[st]]
    if el == 'doelen' and st in ('vo', 'pro', 'vso'):
        return [f"Voor 1 februari plant {n} {haar} huiswerk zelf in de agenda en levert 9 van de 10 opdrachten op tijd in (controle mentor, wekelijks).",
                f"{n} meldt zich bij spanning bij de time-out-plek in plaats van de les te verlaten (registratie: maximaal 1 keer per week weglopen).",
                f"Eind van het schooljaar heeft {n} rekenen op niveau 1F afgerond (toets Rekenen 1F in de methode)."]
    if el == 'doelen':
        return [f"Eind {(d + dt.timedelta(days=150)).strftime('%B %Y').replace('January','januari').replace('February','februari').replace('March','maart').replace('April','april').replace('May','mei').replace('June','juni').replace('July','juli').replace('August','augustus').replace('September','september').replace('October','oktober').replace('November','november').replace('December','december')} leest {n} AVI E5 met 90% nauwkeurigheid (meting: AVI-kaart).",
                f"{n} werkt 20 minuten zelfstandig aan een taak zonder hulp te vragen (observatie leerkracht, 4 van de 5 dagen).",
                f"{n} maakt sommen tot 1000 (optellen en aftrekken met overschrijding) met 80% goed op de methodetoets."]
    if el == 'adviezen_professionals':
        who = 'Commissie voor de begeleiding' if st in ('so', 'vso') else f"Orthopedagoog ({p['ortho']})"
        return [f"{who}, advies van {fd(d - dt.timedelta(days=40))}: instructie visueel ondersteunen, werken met een time-timer en een vaste prikkelarme werkplek; frequentie van evaluatie: 2x per jaar. De school heeft deze adviezen overgenomen in het handelingsdeel (punten 1 en 2).",
                f"Logopedist (extern): advies om woordenschatwerk met plaatjes te ondersteunen; wordt meegenomen in de verlengde instructie."]
    if el == 'oogo':
        return [f"Het ontwikkelingsperspectief is op {fd(d - dt.timedelta(days=9))} besproken met {p['parent']} (ouder) en {n}, in aanwezigheid van {p['mentor']} (mentor/leerkracht) en {p['ib']} (IB/ondersteuningscoördinator). Ouders herkennen het beeld; hun opmerking over huiswerk is verwerkt."]
    if el == 'inbreng_leerling':
        return [f"{n} zegt zelf: \"Ik wil het liefst dat ik weet wat we gaan doen, en ik wil niet steeds naar een ander lokaal.\" {Zij} wil werken aan zelfstandig werken.",
                f"Wat we daarmee doen: op verzoek van {n} staat de dagplanning op {haar} tafel en is doel 2 (zelfstandig werken) in {haar} eigen woorden opgenomen."]
    if el == 'evaluatie':
        return [f"Tussenevaluatie met ouders en {n} in week {((d + dt.timedelta(days=110)).isocalendar()[1])} ({fd(d + dt.timedelta(days=110))}); eindevaluatie en bijstelling uiterlijk {fd(d + dt.timedelta(days=300))}. We bespreken per doel of het gehaald is (toetsen en observaties) en stellen het plan zo nodig bij."]
    if el == 'informatie_rechten':
        return ["U heeft instemmingsrecht op het handelingsdeel: zonder uw instemming wordt het handelingsdeel niet uitgevoerd. Bent u het niet eens met het plan, bespreek dit dan eerst met de school. U kunt daarna hulp vragen van het ouder- en jeugdsteunpunt van het samenwerkingsverband of van een onderwijsconsulent (gratis). U kunt binnen zes weken na de vaststelling een geschil voorleggen aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl)."]
    if el == 'vaststelling':
        return [f"Vastgesteld door {p['dir']}, directeur, namens het bevoegd gezag op {fd(d)}."]
    raise KeyError(el)

INSTR = {'uitstroombestemming': '<Vul hier het verwachte uitstroomniveau in (VO-type of uitstroomprofiel).>',
         'onderbouwing': '[Onderbouw de verwachte uitstroom met toetsgegevens, leerrendement en IQ-gegevens]',
         'belemmerende_factoren': '<Beschrijf hier welke factoren het leren belemmeren (leerling, onderwijs, thuis).>',
         'bevorderende_factoren': '<Beschrijf hier de stimulerende factoren / sterke kanten.>',
         'ondersteuningsbehoefte': 'Formuleer de onderwijsbehoeften als: "[naam] heeft ... nodig".',
         'ondersteuning': '<Welke ondersteuning, door wie, hoe vaak en vanaf wanneer?>',
         'afwijkingen_onderwijsprogramma': '<Indien van toepassing: beschrijf eigen leerlijn, vrijstelling of aangepast rooster. Anders: n.v.t. invullen.>',
         'doelen': '[SMART-doelen voor de komende periode: specifiek, meetbaar, acceptabel, realistisch, tijdgebonden]',
         'adviezen_professionals': '<Neem hier de adviezen op van externe deskundigen en wat de school ermee doet.>',
         'oogo': '<Datum gesprek en aanwezigen invullen.>',
         'inbreng_leerling': '<Beschrijf hier wat de leerling zelf vindt en wat daarmee in het plan is gedaan.>',
         'evaluatie': '<Datum evaluatiemoment(en) invullen.>',
         'informatie_rechten': '[Standaardtekst over instemmingsrecht en geschillen hier invoegen]',
         'vaststelling': '<Datum vaststelling en naam directeur>'}
REFER = {'uitstroombestemming': 'Zie het onderwijskundig rapport.', 'onderbouwing': 'Zie bijlage 1 (toetsoverzicht).',
         'belemmerende_factoren': 'Zie groeidocument, hoofdstuk 3.', 'bevorderende_factoren': 'Zie groeidocument, hoofdstuk 3.',
         'ondersteuningsbehoefte': 'Zie het verslag van het MDO.', 'ondersteuning': 'Zie het groepsplan.',
         'afwijkingen_onderwijsprogramma': 'Zie bijlage.', 'doelen': 'Zie het groepsplan van de groep.',
         'adviezen_professionals': 'Zie verslag psychologisch onderzoek (bijlage 2).', 'oogo': 'Zie het gespreksverslag in ParnasSys.',
         'inbreng_leerling': 'Zie het leerlinggesprek (bijlage).', 'evaluatie': 'Volgens de zorgcyclus van de school.',
         'informatie_rechten': 'Zie de schoolgids voor de klachtenregeling.', 'vaststelling': 'Zie het schooldossier.'}
VAGUE = {'uitstroombestemming': 'Passend vervolgonderwijs; dat wordt later duidelijk.',
         'onderbouwing': 'Op basis van de gegevens uit het dossier.',
         'belemmerende_factoren': 'Diverse factoren.', 'bevorderende_factoren': 'Diverse factoren.',
         'ondersteuningsbehoefte': 'Heeft behoefte aan extra ondersteuning.',
         'ondersteuning': 'Extra ondersteuning waar nodig, in overleg.',
         'afwijkingen_onderwijsprogramma': 'Mogelijk een aangepast programma, afhankelijk van de ontwikkeling.',
         'doelen': 'Werken aan de ontwikkeling en goed blijven oefenen.',
         'adviezen_professionals': 'Er zijn adviezen gegeven door externe deskundigen.',
         'oogo': 'Ouders zijn op de hoogte.', 'inbreng_leerling': 'De leerling is gehoord.',
         'evaluatie': 'Het plan wordt regelmatig geëvalueerd.',
         'informatie_rechten': 'Bij vragen kunt u contact opnemen met de school.',
         'vaststelling': 'Vastgesteld.'}
PLACEHOLDERS = ['...', 'n.t.b.', 'nog aanvullen', 'volgt na overleg', '[tekst]', 'PM', 'nog invullen']

def sec(doc, el):
    """List of paragraph strings (or dict for factors); None = element not rendered."""
    doc.seen.add(el)
    s = doc.spec.get(el, 'present')
    if s in ('missing', 'avg_only', 'omit_na'):
        return None
    if s == 'present' or s in CONSENT_GAPS or s.startswith('c_'):
        return present_text(doc, el)
    if s == 'na_none':
        return ['Geen afwijkingen: ' + doc.p['name'] + ' volgt het reguliere onderwijsprogramma (n.v.t.).'] if el == 'afwijkingen_onderwijsprogramma' else ['n.v.t.']
    if s == 'pre_present':
        return present_text(doc, el)
    if s == 'empty': r = ['']
    elif s == 'placeholder': r = [doc.rng.choice(PLACEHOLDERS)]
    elif s == 'instruction': r = [INSTR[el]]
    elif s == 'refer': r = [REFER[el]]
    elif s == 'vague': r = [VAGUE[el]]
    elif s == 'view_only':
        r = [present_text(doc, el)[0]]
    elif s == 'nodate':  # vaststelling without date / oogo without date
        r = {'vaststelling': [f"Vastgesteld door {doc.p['dir']}, directeur. Datum: ____"],
             'oogo': [f"Besproken met ouders: ☐ ja  ☐ nee     Datum gesprek: ..........."]}[el]
    else:
        raise ValueError(s)
    if el in ('belemmerende_factoren', 'bevorderende_factoren'):
        return {'leerling': r[0], 'onderwijs': r[0] if s != 'refer' else '', 'thuis': r[0] if s != 'refer' else ''} if s in ('empty', 'placeholder', 'instruction') else {'leerling': r[0], 'onderwijs': '', 'thuis': ''}
    return r

def factors_flat(f):
    if f is None: return None
    return [f"{k.capitalize()}: {v}" if v else f"{k.capitalize()}:" for k, v in f.items()] if any(f.values()) else ['']

def consent(doc, style='std'):
    """Returns (checks, sigs, extra lines) for the consent block. checks: list of (label, ticked)."""
    doc.seen.add('instemming_ouders')
    s = doc.spec.get('instemming_ouders', 'present')
    p = doc.p; d = doc.date + dt.timedelta(days=3)
    ok = 'Ik/wij ga(an) akkoord met het handelingsdeel van dit OPP'
    no = 'Ik/wij ga(an) niet akkoord met het handelingsdeel'
    par = 'Ouder/verzorger'; signer = p['parent']
    school = ('Namens de school', f"{p['dir']}", fd(doc.date), 'w.g.')
    if doc.adult and not doc.curatele:
        par = 'Leerling (meerderjarig)'; signer = p['full']
    if doc.curatele:
        par = 'Curator / wettelijk vertegenwoordiger'; signer = p['parent']
    extra = []
    if s == 'missing':
        return None
    if s == 'avg_only':
        return ([('Wij geven toestemming voor het gebruik van foto\'s en video\'s van ons kind op de website en in de nieuwsbrief', True),
                 ('Wij geven toestemming voor het delen van gegevens met de jeugdarts (AVG)', True)],
                [('Ouder/verzorger', p['parent'], fd(d), 'w.g.'), school], ['Toestemmingsformulier AVG / beeldmateriaal'])
    checks = [(ok, True), (no, False)]
    sigs = [(par, signer, fd(d), 'w.g.'), school]
    if s == 'voor_gezien':
        sigs = [(par, signer + ' — "voor gezien"', fd(d), 'w.g.'), school]
        checks = [(ok, False), (no, False)]
        extra = ['Ouder heeft bij de handtekening geschreven: "Voor gezien, niet voor akkoord".']
    elif s == 'onder_protest':
        extra = [f'Ondertekend onder protest. Toelichting ouder: "Wij tekenen omdat de hulp anders niet start, maar wij zijn het niet eens met het verkorte rooster."']
    elif s == 'refused':
        checks = [(ok, False), (no, True)]
        extra = ['Toelichting ouder: wij willen eerst een gesprek met de ambulant begeleider.']
    elif s == 'partial':
        checks = [(ok, False), (no, False), ('Gedeeltelijk akkoord, namelijk:', True)]
        extra = ['Akkoord met de doelen en de begeleiding door de IB\'er; niet akkoord met de eigen leerlijn rekenen.']
    elif s == 'school_only':
        sigs = [school, ('Intern begeleider / ondersteuningscoördinator', p['ib'], fd(doc.date), 'w.g.')]
    elif s == 'blank_line':
        sigs = [(par, '', '', ''), school]
        checks = [(ok, False), (no, False)]
    elif s == 'unticked':
        checks = [(ok, False), (no, False)]
    elif s == 'no_date':
        sigs = [(par, signer, '', 'w.g.'), school]
    elif s == 'besproken':
        checks = []
        extra = ['Met uw handtekening geeft u aan dat het plan met u is besproken.']
    elif s == 'pupil_only_curatele':
        sigs = [('Leerling', p['full'], fd(d), 'w.g.'), ('Curator / wettelijk vertegenwoordiger', '', '', ''), school]
    elif s == 'parents_only_adult':
        sigs = [('Ouder/verzorger', p['parent'], fd(d), 'w.g.'), ('Leerling (meerderjarig)', '', '', ''), school]
    elif s == 'present' and doc.curatele:
        sigs = [('Leerling', p['full'], fd(d), 'w.g.'), (par, signer, fd(d), 'w.g.'), school]
    elif s != 'present':
        raise ValueError(s)
    return checks, sigs, extra

# ---------------------------------------------------------------- blocks helpers
def add_sec(B, doc, el, head, as_list=False):
    r = sec(doc, el)
    if r is None: return
    if isinstance(r, dict): r = factors_flat(r)
    if head: B.append(('h', head))
    for t in r: B.append(('li' if as_list and t else 'p', t))

def consent_blocks(B, doc, head='Instemming handelingsdeel'):
    c = consent(doc)
    if c is None: return
    checks, sigs, extra = c
    B.append(('h', head if not (extra and extra[0].startswith('Toestemmingsformulier')) else 'Toestemmingsformulier AVG / beeldmateriaal'))
    if checks: B.append(('checks', checks))
    for e in extra:
        if not e.startswith('Toestemmingsformulier'): B.append(('p', e))
    B.append(('sig', sigs))

def uitstroom_checks(doc, options, match):
    """tick the option containing `match`; for gap states return unticked."""
    s = doc.spec.get('uitstroombestemming', 'present')
    doc.seen.add('uitstroombestemming')
    if s == 'missing': return None
    ticked = s == 'present'
    return [(o, ticked and match in o) for o in options]

def factor_table(doc, rows=('leerling', 'onderwijs', 'thuis'), labels=None, order=('bev', 'bel')):
    be = sec(doc, 'belemmerende_factoren'); bv = sec(doc, 'bevorderende_factoren')
    cols = []
    for o in order:
        if o == 'bev' and bv is not None: cols.append(('Bevorderende factoren', bv))
        if o == 'bel' and be is not None: cols.append(('Belemmerende factoren', be))
    if not cols: return None
    labels = labels or {r: r.capitalize() for r in rows}
    T = [[''] + [c[0] for c in cols]]
    for r in rows:
        T.append([labels[r]] + [c[1].get(r, '') for c in cols])
    return ('table', T, True)

# ---------------------------------------------------------------- layouts
def L_twente(doc):
    p = doc.p; B = []
    B.append(('title', 'Groeiformulier OPP')); B.append(('sub', f"{p['swv']} — format versie 1.0"))
    B.append(('h', '1. Gegevens leerling'))
    B.append(('kv', [('Naam leerling', p['full']), ('Geboortedatum', fd(p['dob'])), ('School', p['school'] + ', ' + p['place']),
                     ('Groep', p['klas']), ('Datum opstellen', fd(doc.date))]))
    B.append(('h', '2. Betrokkenen'))
    B.append(('kv', [('Leerkracht', p['mentor']), ('Intern begeleider', p['ib']), ('Ouder(s)/verzorger(s)', p['parent'])]))
    add_sec(B, doc, 'ondersteuningsbehoefte', '3. Onderwijs- en ondersteuningsbehoeften')
    t = factor_table(doc, rows=('leerling', 'onderwijs', 'thuis'), labels={'leerling': 'Kind', 'onderwijs': 'Onderwijs / groep', 'thuis': 'Thuis / opvoeding'})
    if t: B.append(('h', '4. Beeld van het kind')); B.append(t)
    add_sec(B, doc, 'adviezen_professionals', '5. Adviezen externe deskundigen')
    B.append(('h', '6. Ontwikkelingsperspectief'))
    add_sec(B, doc, 'uitstroombestemming', '6a. Te verwachten uitstroombestemming')
    add_sec(B, doc, 'onderbouwing', '6b. Onderbouwing')
    B.append(('h', '7. Handelingsdeel'))
    add_sec(B, doc, 'doelen', '7a. Doelen komende periode', as_list=True)
    add_sec(B, doc, 'ondersteuning', '7b. Ondersteuning en begeleiding (wat, wie, hoe vaak)', as_list=True)
    add_sec(B, doc, 'afwijkingen_onderwijsprogramma', '7c. Afwijkingen van het onderwijsprogramma')
    add_sec(B, doc, 'inbreng_leerling', '8. Inbreng van het kind')
    add_sec(B, doc, 'evaluatie', '9. Evaluatie')
    B.append(('h', '10. Overleg en ondertekening'))
    add_sec(B, doc, 'oogo', None)
    add_sec(B, doc, 'informatie_rechten', None)
    consent_blocks(B, doc, '10a. Instemming ouders met het handelingsdeel')
    add_sec(B, doc, 'vaststelling', '10b. Vaststelling')
    return B

def L_goeree(doc):
    p = doc.p; B = [('title', 'Ontwikkelingsperspectief'), ('sub', f"{p['school']} · {p['swv']}")]
    B.append(('h', 'NAW-gegevens van de leerling'))
    B.append(('kv', [('Naam', p['full']), ('Geboortedatum', fd(p['dob'])), ('Adres', f"Dorpsstraat {doc.rng.randint(2,90)}, {p['place']}"), ('Groep', p['klas'])]))
    bv = sec(doc, 'bevorderende_factoren'); be = sec(doc, 'belemmerende_factoren')
    if bv is not None or be is not None:
        B.append(('h', 'Stimulerende en belemmerende factoren'))
        if bv is not None:
            B.append(('p', 'Stimulerende factoren:'))
            for t in factors_flat(bv): B.append(('li', t) if t else ('p', t))
        if be is not None:
            B.append(('p', 'Belemmerende factoren:'))
            for t in factors_flat(be): B.append(('li', t) if t else ('p', t))
    add_sec(B, doc, 'ondersteuningsbehoefte', 'De onderwijsbehoeften van de leerling')
    B.append(('h', 'Medische bijzonderheden')); B.append(('p', doc.rng.choice(['Geen.', 'Astma; pufjes in de tas van de leerling.', 'Draagt een bril (leesbril).'])))
    add_sec(B, doc, 'uitstroombestemming', 'De verwachte uitstroombestemming')
    add_sec(B, doc, 'onderbouwing', 'Onderbouwing van de uitstroombestemming')
    add_sec(B, doc, 'ondersteuning', 'Te bieden ondersteuning en begeleiding', as_list=True)
    add_sec(B, doc, 'afwijkingen_onderwijsprogramma', 'Afwijkingen van het (reguliere) onderwijsprogramma')
    add_sec(B, doc, 'doelen', 'Doelen', as_list=True)
    add_sec(B, doc, 'adviezen_professionals', 'Adviezen van deskundigen')
    add_sec(B, doc, 'evaluatie', 'Evaluatie van de geboden ondersteuning en begeleiding')
    add_sec(B, doc, 'inbreng_leerling', 'Wat vindt de leerling zelf?')
    add_sec(B, doc, 'oogo', 'Overleg met ouders')
    consent_blocks(B, doc, 'Instemming ouders')
    add_sec(B, doc, 'vaststelling', 'Vaststelling')
    add_sec(B, doc, 'informatie_rechten', 'Niet eens?')
    return B

LEIDEN_OPTS = ['Doel: het behalen van een regulier diploma', 'Doel: overstappen naar de arbeidsmarkt',
               'Doel: zo zelfstandig mogelijk kunnen functioneren in vormen van dagactiviteiten']
def L_leiden(doc):
    p = doc.p; B = [('title', 'OntwikkelPerspectiefPlan (OPP)'), ('sub', f"{p['school']} — in samenwerking met {p['swv']}")]
    B.append(('kv', [('Leerling', p['full']), ('Geboortedatum', fd(p['dob'])), ('Klas', p['klas']), ('Mentor', p['mentor']),
                     ('Ondersteuningscoördinator', p['ib']), ('Datum', fd(doc.date))]))
    B.append(('h', 'DEEL 1 — Perspectief (lange termijn)'))
    B.append(('p', 'Te verwachten resultaat en niveau:'))
    m = {'vo': 'regulier diploma', 'vso': {'vervolg': 'regulier diploma', 'arbeid': 'arbeidsmarkt', 'dag': 'dagactiviteiten'}.get(doc.profile, ''), 'pro': 'arbeidsmarkt'}[doc.st]
    ch = uitstroom_checks(doc, LEIDEN_OPTS, m)
    if ch is not None:
        B.append(('checks', ch))
        if doc.spec.get('uitstroombestemming', 'present') == 'present': B.append(('p', 'Toelichting: ' + dest(doc) + '.'))
    add_sec(B, doc, 'onderbouwing', 'Onderbouwing (eerder gegeven ondersteuning, uitkomst onderzoek)')
    B.append(('h', 'Situatie van de leerling'))
    t = factor_table(doc, rows=('leerling', 'onderwijs', 'thuis'), labels={'leerling': 'Leerling', 'onderwijs': 'School', 'thuis': 'Situatie thuis'}, order=('bel', 'bev'))
    if t: B.append(t)
    add_sec(B, doc, 'ondersteuningsbehoefte', 'Wat heeft de leerling nodig?')
    add_sec(B, doc, 'adviezen_professionals', 'Advies Loket / begeleider passend onderwijs (BPO)')
    add_sec(B, doc, 'oogo', 'Overleg over deel 1 met ouders en leerling')
    B.append(('h', 'DEEL 2 — Handelingsdeel (periode van één schooljaar)'))
    add_sec(B, doc, 'doelen', 'Doelen', as_list=True)
    add_sec(B, doc, 'ondersteuning', 'Individuele ondersteuning: wat, wie, wanneer', as_list=True)
    add_sec(B, doc, 'afwijkingen_onderwijsprogramma', 'Afwijkingen van het onderwijsprogramma')
    add_sec(B, doc, 'inbreng_leerling', 'Inbreng leerling')
    add_sec(B, doc, 'evaluatie', 'Evaluatie en bijstelling (jaarlijks)')
    add_sec(B, doc, 'informatie_rechten', 'Overleg en instemmingsrecht')
    consent_blocks(B, doc, 'Instemming met deel 2 (ouders, of leerling als je 16 jaar of ouder bent)')
    add_sec(B, doc, 'vaststelling', 'Vaststelling door de school')
    return B

def L_zout(doc):
    p = doc.p; B = [('title', 'Groeidocument'), ('sub', f"{p['full']} — {p['school']}, {p['place']}")]
    B.append(('h', '1. Gegevens'))
    B.append(('kv', [('Naam', p['full']), ('Geboortedatum', fd(p['dob'])), ('Groep', p['klas']), ('Leerkracht', p['mentor']), ('IB', p['ib']), ('Versie', fd(doc.date))]))
    B.append(('h', '2. Ondersteuningsvraag')); B.append(('p', f"Hoe kunnen we {p['name']} helpen om tot leren te komen en zich veilig te voelen in de groep?"))
    t = factor_table(doc, rows=('leerling', 'onderwijs', 'thuis'), labels={'leerling': 'Leerling', 'onderwijs': 'Onderwijs', 'thuis': 'Opvoeding'}, order=('bel', 'bev'))
    if t: B.append(('h', '3. Belemmerende en bevorderende factoren in leerling, onderwijs en opvoeding')); B.append(t)
    add_sec(B, doc, 'doelen', '4. Na te streven doelen', as_list=True)
    add_sec(B, doc, 'ondersteuningsbehoefte', '5. Onderwijs- en ondersteuningsbehoeften')
    add_sec(B, doc, 'ondersteuning', '6. Extra ondersteuning (monitoren en evalueren)', as_list=True)
    add_sec(B, doc, 'evaluatie', '6a. Evaluatiemomenten')
    B.append(('h', '7. Ontwikkelingsperspectief'))
    add_sec(B, doc, 'uitstroombestemming', '7a. Uitstroombestemming')
    add_sec(B, doc, 'onderbouwing', '7b. Onderbouwing')
    add_sec(B, doc, 'afwijkingen_onderwijsprogramma', '7c. Afwijkingen van het onderwijsprogramma')
    add_sec(B, doc, 'adviezen_professionals', '8. Betrokken deskundigen en hun adviezen')
    B.append(('h', '9. Gesprekken met ouders en leerling'))
    add_sec(B, doc, 'oogo', None)
    add_sec(B, doc, 'inbreng_leerling', '9a. De leerling aan het woord')
    add_sec(B, doc, 'informatie_rechten', '9b. Rechten van ouders')
    consent_blocks(B, doc, '10. Ondertekening handelingsdeel')
    add_sec(B, doc, 'vaststelling', '11. Vaststelling')
    return B

PRO_OPTS = ['A) uitstroom naar arbeidscentrum / dagbesteding', 'B) uitstroom naar regulier werk',
            'C) uitstroom naar vervolgopleiding MBO2, eventueel in combinatie met werk']
def L_pro(doc):
    p = doc.p; B = [('title', 'Startdocument en IOP / Ontwikkelingsperspectief'), ('sub', f"{p['school']}, {p['place']} — leerling: {p['full']}")]
    B.append(('kv', [('Leerling', p['full']), ('Geboortedatum', fd(p['dob'])), ('Leerjaar', p['klas']), ('Mentor', p['mentor']), ('Datum', fd(doc.date))]))
    B.append(('h', 'Inschatting uitstroomprofiel'))
    ch = uitstroom_checks(doc, PRO_OPTS, 'B)')
    if ch is not None:
        B.append(('checks', ch))
        if doc.spec.get('uitstroombestemming', 'present') == 'present': B.append(('p', 'Toelichting: ' + dest(doc) + '.'))
    add_sec(B, doc, 'onderbouwing', 'Onderbouwing')
    B.append(('h', 'Vorderingen (cognitief, praktisch, sociaal-emotioneel, stage)'))
    t = factor_table(doc, rows=('leerling', 'onderwijs', 'thuis'), labels={'leerling': 'Ik / leerling', 'onderwijs': 'School en stage', 'thuis': 'Thuis'})
    if t: B.append(t)
    add_sec(B, doc, 'ondersteuningsbehoefte', 'Wat heb ik nodig?')
    add_sec(B, doc, 'inbreng_leerling', 'Mijn mening (leerling)')
    add_sec(B, doc, 'doelen', 'Mijn doelen voor deze periode', as_list=True)
    add_sec(B, doc, 'ondersteuning', 'Begeleiding: wie helpt mij, hoe vaak', as_list=True)
    add_sec(B, doc, 'afwijkingen_onderwijsprogramma', 'Aanpassingen in mijn programma')
    add_sec(B, doc, 'adviezen_professionals', 'Adviezen intern zorgteam / deskundigen')
    add_sec(B, doc, 'evaluatie', 'Evaluatie (twee keer per jaar nieuw plan)')
    add_sec(B, doc, 'oogo', 'Gesprek met ouders')
    add_sec(B, doc, 'informatie_rechten', 'Informatie voor ouders')
    consent_blocks(B, doc, 'Handtekeningen')
    add_sec(B, doc, 'vaststelling', 'Vastgesteld')
    return B

def L_export(doc):
    p = doc.p; sysn = doc.rng.choice(['LVS', 'Leerlingdossier'])
    prof = {'vervolg': 'Vervolgonderwijs', 'arbeid': 'Arbeidsmarktgericht', 'dag': 'Dagbesteding'}.get(doc.profile, 'Arbeidsmarktgericht')
    B = [('title', 'Ontwikkelingsperspectief — afdrukweergave'), ('sub', f"{sysn} > Begeleiding > OPP > {p['full']}")]
    B.append(('kv', [('Leerling', p['full']), ('Geboortedatum', fd(p['dob'])), ('School', p['school']), ('Groep/klas', p['klas']),
                     ('Status OPP', 'Vastgesteld' if doc.spec.get('vaststelling', 'present') == 'present' else 'Concept'),
                     ('Meerderjarig', 'ja' if doc.adult else 'nee')] + ([('Wettelijk vertegenwoordiger', p['parent'] + ' (curator)')] if doc.curatele else [])))
    s = doc.spec.get('uitstroombestemming', 'present'); doc.seen.add('uitstroombestemming')
    if s != 'missing':
        B.append(('h', 'Uitstroom'))
        if s == 'present':
            B.append(('kv', [('Uitstroomprofiel', prof if doc.st == 'vso' else 'Uitstroom naar vso'), ('Uitstroombestemming', dest(doc))]))
        else:
            B.append(('kv', [('Uitstroomprofiel', 'Onbekend'), ('Uitstroombestemming', sec(doc, 'uitstroombestemming')[0])]))
    add_sec(B, doc, 'onderbouwing', 'Onderbouwing uitstroombestemming')
    t = factor_table(doc, rows=('leerling', 'onderwijs', 'thuis'), labels={'leerling': 'Domein leerling', 'onderwijs': 'Domein onderwijs', 'thuis': 'Domein thuis'})
    if t: B.append(('h', 'Factoren')); B.append(t)
    add_sec(B, doc, 'ondersteuningsbehoefte', 'Onderwijsbehoeften')
    add_sec(B, doc, 'adviezen_professionals', 'Advies commissie voor de begeleiding / deskundigen')
    add_sec(B, doc, 'doelen', 'Doelen (leerlijnen)', as_list=True)
    add_sec(B, doc, 'ondersteuning', 'Handelingsdeel: ondersteuning en begeleiding', as_list=True)
    add_sec(B, doc, 'afwijkingen_onderwijsprogramma', 'Afwijkingen onderwijsprogramma')
    add_sec(B, doc, 'inbreng_leerling', 'Inbreng leerling')
    add_sec(B, doc, 'evaluatie', 'Evaluatie')
    add_sec(B, doc, 'oogo', 'OOGO')
    add_sec(B, doc, 'informatie_rechten', 'Rechten')
    c = consent(doc)
    if c is not None:
        checks, sigs, extra = c
        B.append(('h', 'Instemming' if not (extra and extra[0].startswith('Toestemming')) else 'Toestemmingen (AVG)'))
        rows = [(lab, 'Ja' if t else 'Nee') for lab, t in checks]
        for e in extra:
            if not e.startswith('Toestemming'): rows.append(('Opmerking', e))
        for role, nm, dte, w in sigs:
            rows.append((role, (f"digitaal ondertekend door {nm} op {dte}" if w and dte else (f"ondertekend door {nm}, geen datum" if w else 'nog niet ondertekend'))))
        B.append(('kv', rows))
    add_sec(B, doc, 'vaststelling', 'Vaststelling')
    B.append(('footer', f"Afgedrukt door {p['ib']} op {fd(doc.date + dt.timedelta(days=20))} 14:{doc.rng.randint(10,59)} — vertrouwelijk"))
    return B

def L_helder(doc):
    p = doc.p; B = [('title', 'Ontwikkelingsperspectiefplan (OPP)'), ('sub', f"{p['school']} — schooljaar {doc.date.year if doc.date.month>=8 else doc.date.year-1}-{(doc.date.year if doc.date.month>=8 else doc.date.year-1)+1}")]
    B.append(('kv', [('Naam leerling', p['full']), ('Klas', p['klas']), ('Mentor', p['mentor']), ('Orthopedagoog', p['ortho']), ('Coördinator', p['ib'])]))
    add_sec(B, doc, 'ondersteuningsbehoefte', 'Observaties mentor en vakdocenten: didactisch en pedagogisch — wat heeft de leerling nodig?')
    add_sec(B, doc, 'bevorderende_factoren', 'Sterke kanten')
    add_sec(B, doc, 'belemmerende_factoren', 'Belemmerende factoren')
    add_sec(B, doc, 'uitstroombestemming', 'Verwacht uitstroomniveau')
    add_sec(B, doc, 'onderbouwing', 'Onderbouwing (dossiergegevens)')
    add_sec(B, doc, 'adviezen_professionals', 'Advies orthopedagoog')
    add_sec(B, doc, 'doelen', 'Doelen en aandachtspunten')
    add_sec(B, doc, 'ondersteuning', 'Ondersteuning (wie, wat, hoe vaak)')
    add_sec(B, doc, 'afwijkingen_onderwijsprogramma', 'Afwijkingen van het programma')
    add_sec(B, doc, 'inbreng_leerling', 'Inbreng leerling')
    add_sec(B, doc, 'evaluatie', 'Evaluatie (halverwege het schooljaar)')
    add_sec(B, doc, 'oogo', 'Besproken met ouders')
    add_sec(B, doc, 'informatie_rechten', 'Op- of aanmerkingen / niet eens')
    consent_blocks(B, doc, 'Goedkeuring ouders')
    add_sec(B, doc, 'vaststelling', 'Vastgesteld')
    return B

def L_sbo(doc):
    p = doc.p; B = [('title', 'Ontwikkelingsperspectief (OPP)'), ('sub', f"{p['school']}, {p['place']}")]
    B.append(('kv', [('Naam', p['full']), ('Geboortedatum', fd(p['dob'])), ('Groep', p['klas']), ('Datum', fd(doc.date))]))
    B.append(('h', '1. Leerrendement en verwacht eindniveau per vakgebied'))
    if doc.spec.get('onderbouwing', 'present') in ('present',):
        B.append(('table', [['Vakgebied', 'Huidige DLE', 'DL', 'Leerrendement', 'Verwacht niveau eind gr. 8'],
                            ['Technisch lezen', '30', '40', '75%', 'E6'], ['Begrijpend lezen', '22', '40', '55%', 'M6'],
                            ['Spelling', '26', '40', '65%', 'E5'], ['Rekenen', '24', '40', '60%', 'M6']], True))
    add_sec(B, doc, 'onderbouwing', '2. Onderbouwing')
    add_sec(B, doc, 'uitstroombestemming', '3. Ontwikkelingsperspectief: verwachte uitstroom')
    t = factor_table(doc, labels={'leerling': 'Kindfactoren', 'onderwijs': 'Schoolfactoren', 'thuis': 'Gezinsfactoren'})
    if t: B.append(('h', '4. Belemmerende en bevorderende factoren')); B.append(t)
    add_sec(B, doc, 'ondersteuningsbehoefte', '5. Onderwijsbehoeften')
    add_sec(B, doc, 'adviezen_professionals', '6. Adviezen (commissie van begeleiding / externen)')
    add_sec(B, doc, 'doelen', '7. Doelen komende periode', as_list=True)
    add_sec(B, doc, 'ondersteuning', '8. Aanbod en ondersteuning', as_list=True)
    add_sec(B, doc, 'afwijkingen_onderwijsprogramma', '9. Afwijkingen')
    add_sec(B, doc, 'inbreng_leerling', '10. Werkpunten en inbreng van de leerling')
    add_sec(B, doc, 'oogo', '11. Overleg met ouders')
    add_sec(B, doc, 'evaluatie', '12. Evaluatie')
    add_sec(B, doc, 'informatie_rechten', '13. Informatie over uw rechten')
    consent_blocks(B, doc, '14. Instemming')
    add_sec(B, doc, 'vaststelling', '15. Vaststelling')
    return B

def L_beknopt(doc):
    p = doc.p; n = p['name']
    B = [('title', f"Beknopt OPP — {p['full']}"), ('sub', f"{p['school']} · {p['klas']} · opgesteld {fd(doc.date)} · kwaliteitscoördinator {p['ib']}")]
    bv = sec(doc, 'bevorderende_factoren'); be = sec(doc, 'belemmerende_factoren')
    if bv is not None: B.append(('h', f"Waar is {n} goed in?")); [B.append(('p', t)) for t in factors_flat(bv)]
    if be is not None: B.append(('h', f"Wat maakt het lastig?")); [B.append(('p', t)) for t in factors_flat(be)]
    add_sec(B, doc, 'ondersteuningsbehoefte', f"Wat heeft {n} nodig?")
    add_sec(B, doc, 'inbreng_leerling', f"Wat zegt {n} zelf?")
    add_sec(B, doc, 'doelen', 'Aan welke doelen werken we?', as_list=True)
    add_sec(B, doc, 'ondersteuning', 'Wat gaan we doen en wie doet wat?', as_list=True)
    add_sec(B, doc, 'afwijkingen_onderwijsprogramma', 'Wijkt het programma af?')
    add_sec(B, doc, 'adviezen_professionals', 'Wat adviseren deskundigen?')
    add_sec(B, doc, 'uitstroombestemming', 'Welk niveau verwachten we na de basisschool?')
    add_sec(B, doc, 'onderbouwing', 'Waarom verwachten we dat?')
    add_sec(B, doc, 'evaluatie', 'Wanneer kijken we samen terug?')
    add_sec(B, doc, 'oogo', 'Hebben we dit samen besproken?')
    add_sec(B, doc, 'informatie_rechten', 'Wat als u het niet eens bent?')
    consent_blocks(B, doc, 'Akkoord?')
    add_sec(B, doc, 'vaststelling', 'Vastgesteld')
    return B

LAYOUTS = {'twente-groeiformulier': L_twente, 'goeree-opsomming': L_goeree, 'leiden-tweedelig': L_leiden,
           'zout-groeidocument': L_zout, 'pro-startdocument-iop': L_pro, 'vso-lvs-export': L_export,
           'vo-helder-mentorplan': L_helder, 'sbo-kpc-leerrendement': L_sbo, 'po-beknopt-vragen': L_beknopt}

# ---------------------------------------------------------------- writers
def box(t): return '☒' if t else '☐'

def w_txt(B, path, md=False):
    L = []; footer = None
    for b in B:
        k = b[0]
        if k == 'title': L += [('# ' if md else '') + b[1], '' if md else '=' * len(b[1])]
        elif k == 'sub': L.append(b[1]); L.append('')
        elif k == 'h': L += ['', ('## ' if md else '') + b[1]] + ([] if md else ['-' * min(len(b[1]), 60)])
        elif k == 'p': L.append(b[1])
        elif k == 'li': L.append('- ' + b[1])
        elif k == 'kv': L += [f"{a}: {v}" for a, v in b[1]]
        elif k == 'checks': L += [f"[{'x' if t else ' '}] {lab}" for lab, t in b[1]]
        elif k == 'table':
            T = b[1]
            if md:
                L.append('| ' + ' | '.join(T[0]) + ' |'); L.append('|' + '---|' * len(T[0]))
                L += ['| ' + ' | '.join(r) + ' |' for r in T[1:]]
            else:
                for r in T[1:]:
                    L.append(r[0] + ':')
                    L += [f"    {T[0][i]}: {r[i]}" for i in range(1, len(r))]
        elif k == 'sig':
            for role, nm, dte, w in b[1]:
                L.append(f"{role}: {nm or '______________________'}   datum: {dte or '__________'}   handtekening: {w or '______________'}")
        elif k == 'footer': footer = b[1]
    if footer: L += ['', footer]
    open(path, 'w', encoding='utf-8').write('\n'.join(L) + '\n')

SDT_TXT = '''<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:sdtPr><w:alias w:val="{alias}"/>{ph}</w:sdtPr><w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{txt}</w:t></w:r></w:sdtContent></w:sdt>'''
SDT_CHK = '''<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:sdtPr><w14:checkbox><w14:checked w14:val="{v}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>{c}</w:t></w:r></w:sdtContent></w:sdt>'''
def xe(s): return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')

def w_docx(B, path, sdt=False, plain_heads=False):
    D = Document(); st = D.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(10.5)
    footer = None; lasth = 'veld'
    for b in B:
        k = b[0]
        if k == 'title': D.add_heading(b[1], 0)
        elif k == 'sub': D.add_paragraph(b[1]).runs[0].italic = True
        elif k == 'h':
            lasth = b[1]
            if plain_heads: r = D.add_paragraph().add_run(b[1]); r.bold = True
            else: D.add_heading(b[1], 2)
        elif k in ('p', 'li'):
            if sdt:
                para = D.add_paragraph(style='List Bullet' if k == 'li' else None)
                if b[1] == '':
                    x = SDT_TXT.format(alias=xe(lasth[:40]), ph='<w:showingPlcHdr/>', rpr='<w:rPr><w:color w:val="808080"/></w:rPr>', txt='Klik of tik om tekst in te voeren.')
                else:
                    x = SDT_TXT.format(alias=xe(lasth[:40]), ph='', rpr='', txt=xe(b[1]))
                para._p.append(parse_xml(x))
            else:
                D.add_paragraph(b[1], style='List Bullet' if k == 'li' else None)
        elif k == 'kv':
            t = D.add_table(rows=0, cols=2); t.style = 'Table Grid'
            for a, v in b[1]:
                c = t.add_row().cells; c[0].text = a; c[1].text = v
                c[0].paragraphs[0].runs[0].bold = True
        elif k == 'table':
            T = b[1]; t = D.add_table(rows=0, cols=len(T[0])); t.style = 'Table Grid'
            for i, r in enumerate(T):
                c = t.add_row().cells
                for j, v in enumerate(r):
                    c[j].text = v
                    if i == 0 and c[j].paragraphs[0].runs: c[j].paragraphs[0].runs[0].bold = True
        elif k == 'checks':
            for lab, tk in b[1]:
                para = D.add_paragraph()
                if sdt: para._p.append(parse_xml(SDT_CHK.format(v='1' if tk else '0', c=box(tk))))
                else: para.add_run(box(tk))
                para.add_run(' ' + lab)
        elif k == 'sig':
            t = D.add_table(rows=1, cols=4); t.style = 'Table Grid'
            for j, h in enumerate(['Rol', 'Naam', 'Datum', 'Handtekening']): t.rows[0].cells[j].text = h
            for role, nm, dte, w in b[1]:
                c = t.add_row().cells; c[0].text = role; c[1].text = nm; c[2].text = dte; c[3].text = w
        elif k == 'footer': footer = b[1]
    if footer:
        D.sections[0].footer.paragraphs[0].text = footer
    D.core_properties.author = 'school'; D.core_properties.created = dt.datetime(2025, 1, 1)
    D.save(path)

def w_odt(B, path):
    D = OpenDocumentText()
    bold = Style(name='B', family='text'); bold.addElement(TextProperties(fontweight='bold')); D.automaticstyles.addElement(bold)
    hs = Style(name='Heading', family='paragraph'); hs.addElement(TextProperties(fontweight='bold', fontsize='13pt')); D.styles.addElement(hs)
    ts = Style(name='Title', family='paragraph'); ts.addElement(TextProperties(fontweight='bold', fontsize='18pt')); D.styles.addElement(ts)
    def tab(rows):
        ncol = max(len(r) for r in rows)
        t = Table(); t.addElement(TableColumn(numbercolumnsrepeated=ncol))
        for r in rows:
            tr = TableRow(); t.addElement(tr)
            for v in r: tc = TableCell(); tc.addElement(P(text=v)); tr.addElement(tc)
        D.text.addElement(t)
    for b in B:
        k = b[0]
        if k == 'title': D.text.addElement(H(outlinelevel=1, stylename=ts, text=b[1]))
        elif k == 'sub': D.text.addElement(P(text=b[1]))
        elif k == 'h': D.text.addElement(H(outlinelevel=2, stylename=hs, text=b[1]))
        elif k == 'p': D.text.addElement(P(text=b[1]))
        elif k == 'li': D.text.addElement(P(text='• ' + b[1]))
        elif k == 'kv': tab([[a, v] for a, v in b[1]])
        elif k == 'table': tab(b[1])
        elif k == 'checks': [D.text.addElement(P(text=f"{box(t)} {lab}")) for lab, t in b[1]]
        elif k == 'sig': tab([['Rol', 'Naam', 'Datum', 'Handtekening']] + [list(x) for x in b[1]])
        elif k == 'footer': D.text.addElement(P(text=b[1]))
    D.save(path)

def pstyles():
    ss = getSampleStyleSheet()
    return {'title': ParagraphStyle('t', parent=ss['Title'], fontName='DVB', fontSize=16),
            'sub': ParagraphStyle('s', parent=ss['Normal'], fontName='DV', fontSize=8.5, textColor=colors.grey),
            'h': ParagraphStyle('h', parent=ss['Heading3'], fontName='DVB', fontSize=11, spaceBefore=8),
            'p': ParagraphStyle('p', parent=ss['Normal'], fontName='DV', fontSize=9.5, leading=12.5),
            'cell': ParagraphStyle('c', parent=ss['Normal'], fontName='DV', fontSize=8.5, leading=10.5)}

def esc(s): return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def w_pdf(B, path, sig_script=False, blank_heads_box=False):
    S = pstyles(); F = []; footer = [None]
    grid = TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')])
    for b in B:
        k = b[0]
        if k in ('title', 'sub', 'h'): F.append(Paragraph(esc(b[1]), S[k]))
        elif k == 'p': F.append(Paragraph(esc(b[1]) or '&nbsp;', S['p']))
        elif k == 'li': F.append(Paragraph('• ' + esc(b[1]), S['p']))
        elif k == 'kv':
            t = RTable([[Paragraph('<b>' + esc(a) + '</b>', S['cell']), Paragraph(esc(v), S['cell'])] for a, v in b[1]], colWidths=[150, 330]); t.setStyle(grid); F.append(t)
        elif k == 'table':
            T = b[1]; n = len(T[0]); w = 480 / n
            t = RTable([[Paragraph(esc(v), S['cell']) for v in r] for r in T], colWidths=[w] * n); t.setStyle(grid)
            t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e8eef5'))])); F.append(t)
        elif k == 'checks':
            for lab, tk in b[1]: F.append(Paragraph(box(tk) + ' ' + esc(lab), S['p']))
        elif k == 'sig':
            rows = [['Rol', 'Naam', 'Datum', 'Handtekening']] + [[r, n, d_, w] for r, n, d_, w in b[1]]
            t = RTable([[Paragraph(esc(v), S['cell']) for v in r] for r in rows], colWidths=[140, 140, 80, 120], rowHeights=[16] + [30] * len(b[1]))
            t.setStyle(grid); F.append(Spacer(1, 4)); F.append(t)
        elif k == 'footer': footer[0] = b[1]
        F.append(Spacer(1, 2))
    def onp(c, d):
        c.setFont('DV', 7.5)
        if footer[0]: c.drawString(40, 20, footer[0])
        c.drawRightString(555, 20, f"Pagina {d.page}")
    SimpleDocTemplate(path, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=40,
                      title='OPP', author='school').build(F, onFirstPage=onp, onLaterPages=onp)

def w_pdfform(B, path):
    """Fillable AcroForm: labels as text, values in text fields / checkboxes."""
    c = rcanvas.Canvas(path, pagesize=A4); c.setTitle('OPP formulier'); y = 800; fid = [0]
    def nl(h):
        nonlocal y
        if y - h < 50: c.showPage(); y = 800
    def field(val, lines=1, w=490, x=50):
        nonlocal y
        h = 14 * lines + 4; nl(h); fid[0] += 1
        c.acroForm.textfield(name=f"f{fid[0]}", value=val, x=x, y=y - h, width=w, height=h, fontName='Helvetica', fontSize=8.5,
                             fieldFlags='multiline' if lines > 1 else '', borderWidth=0.5, borderColor=colors.grey, fillColor=colors.HexColor('#f4f7fb'))
        y -= h + 6
    def wrapn(s, n=105): return max(1, (len(s) // n) + 1)
    for b in B:
        k = b[0]
        if k == 'title': nl(24); c.setFont('Helvetica-Bold', 15); c.drawString(50, y - 14, b[1]); y -= 26
        elif k == 'sub': nl(14); c.setFont('Helvetica', 8); c.drawString(50, y - 8, b[1]); y -= 16
        elif k == 'h': nl(20); c.setFont('Helvetica-Bold', 10); c.drawString(50, y - 10, b[1][:95]); y -= 16
        elif k in ('p', 'li'): field(b[1], wrapn(b[1]))
        elif k == 'kv':
            for a, v in b[1]:
                nl(18); c.setFont('Helvetica', 8.5); c.drawString(50, y - 11, a); field(v, 1, 340, 200)
        elif k == 'checks':
            for lab, tk in b[1]:
                nl(18); fid[0] += 1
                c.acroForm.checkbox(name=f"c{fid[0]}", checked=tk, x=50, y=y - 13, size=11, buttonStyle='cross')
                c.setFont('Helvetica', 8.5); c.drawString(66, y - 10, lab); y -= 17
        elif k == 'table':
            for r in b[1][1:]:
                nl(18); c.setFont('Helvetica-Bold', 8.5); c.drawString(50, y - 10, r[0]); y -= 14
                for j in range(1, len(r)):
                    nl(18); c.setFont('Helvetica', 8); c.drawString(60, y - 11, b[1][0][j]); field(r[j], wrapn(r[j], 80), 330, 210)
        elif k == 'sig':
            for role, nm, dte, w in b[1]:
                nl(18); c.setFont('Helvetica', 8.5); c.drawString(50, y - 11, role)
                fid[0] += 1; c.acroForm.textfield(name=f"n{fid[0]}", value=nm, x=200, y=y - 16, width=150, height=16, fontSize=8.5, borderWidth=0.5)
                c.acroForm.textfield(name=f"d{fid[0]}", value=dte, x=355, y=y - 16, width=70, height=16, fontSize=8.5, borderWidth=0.5)
                c.acroForm.textfield(name=f"s{fid[0]}", value=w, x=430, y=y - 16, width=110, height=16, fontSize=8.5, borderWidth=0.5)
                y -= 22
    c.save()

def soffice_pdf(src, outdir):
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

def scanify(pdf_in, pdf_out, seed, sig_names):
    tmp = pdf_out + '.tmpdir'; os.makedirs(tmp, exist_ok=True)
    subprocess.run(['pdftoppm', '-r', '110', '-gray', '-png', pdf_in, os.path.join(tmp, 'pg')], check=True)
    r = random.Random(seed); pages = []
    for fn in sorted(os.listdir(tmp)):
        im = Image.open(os.path.join(tmp, fn)).convert('L')
        dr = ImageDraw.Draw(im)
        # handwritten-looking squiggles over 'w.g.' cells are approximated by strokes in the lower part of the last page
        if fn == sorted(os.listdir(tmp))[-1]:
            for _ in range(sig_names):
                x0, y0 = r.randint(480, 560), r.randint(200, 900)
        px = im.load(); W, H_ = im.size
        for _ in range(W * H_ // 60):
            x, y = r.randrange(W), r.randrange(H_); px[x, y] = r.choice([0, 90, 255])
        im = im.rotate(r.uniform(-1.3, 1.3), expand=False, fillcolor=255, resample=Image.BICUBIC).filter(ImageFilter.GaussianBlur(0.5))
        pages.append(im.convert('RGB'))
    pages[0].save(pdf_out, save_all=True, append_images=pages[1:], resolution=110)
    shutil.rmtree(tmp)

# ---------------------------------------------------------------- document plan
D = lambda y, m, d_: dt.date(y, m, d_)
PLAN = [
 # (layout, fmt, school_type, date, extras, gaps)
 ('twente-groeiformulier', 'docx', 'po', D(2025, 10, 7), {}, {}),
 ('twente-groeiformulier', 'soffice', 'sbo', D(2025, 3, 18), {}, {'inbreng_leerling': 'omit_na'}),
 ('twente-groeiformulier', 'docx', 'po', D(2025, 11, 12), {}, {'bevorderende_factoren': 'instruction', 'instemming_ouders': 'voor_gezien'}),
 ('twente-groeiformulier', 'soffice', 'po', D(2026, 2, 3), {}, {'evaluatie': 'placeholder', 'afwijkingen_onderwijsprogramma': 'missing'}),
 ('twente-groeiformulier', 'docx', 'sbo', D(2025, 9, 29), {}, {'adviezen_professionals': 'refer', 'inbreng_leerling': 'view_only'}),
 ('twente-groeiformulier', 'scan', 'po', D(2025, 10, 20), {}, {'doelen': 'vague'}),
 ('goeree-opsomming', 'pdf', 'po', D(2025, 9, 16), {}, {'afwijkingen_onderwijsprogramma': 'na_none'}),
 ('goeree-opsomming', 'pdf', 'po', D(2024, 11, 5), {}, {'inbreng_leerling': 'omit_na', 'instemming_ouders': 'avg_only'}),
 ('goeree-opsomming', 'docx', 'po', D(2025, 12, 1), {}, {'onderbouwing': 'empty', 'informatie_rechten': 'missing'}),
 ('goeree-opsomming', 'pdf', 'sbo', D(2026, 1, 13), {}, {'ondersteuning': 'vague', 'oogo': 'vague'}),
 ('goeree-opsomming', 'txt', 'po', D(2025, 10, 2), {}, {'uitstroombestemming': 'missing', 'onderbouwing': 'missing', 'instemming_ouders': 'no_date'}),
 ('goeree-opsomming', 'scan', 'sbo', D(2025, 4, 9), {}, {'inbreng_leerling': 'omit_na'}),
 ('leiden-tweedelig', 'soffice', 'vo', D(2025, 10, 14), {}, {'afwijkingen_onderwijsprogramma': 'na_none'}),
 ('leiden-tweedelig', 'docx', 'vo', D(2025, 11, 4), {}, {'uitstroombestemming': 'unticked', 'instemming_ouders': 'onder_protest'}),
 ('leiden-tweedelig', 'soffice', 'vso', D(2025, 9, 23), {'profile': 'arbeid', 'adult': True}, {}),
 ('leiden-tweedelig', 'soffice', 'vso', D(2025, 10, 30), {'profile': 'vervolg', 'adult': True}, {'instemming_ouders': 'parents_only_adult', 'doelen': 'placeholder'}),
 ('leiden-tweedelig', 'docx', 'vo', D(2025, 2, 11), {}, {'inbreng_leerling': 'omit_na', 'vaststelling': 'nodate', 'belemmerende_factoren': 'missing'}),
 ('leiden-tweedelig', 'soffice', 'vso', D(2026, 1, 20), {'profile': 'dag'}, {'informatie_rechten': 'refer', 'evaluatie': 'instruction'}),
 ('zout-groeidocument', 'odt', 'sbo', D(2025, 10, 9), {}, {}),
 ('zout-groeidocument', 'odt', 'po', D(2025, 11, 25), {}, {'ondersteuningsbehoefte': 'vague', 'inbreng_leerling': 'missing'}),
 ('zout-groeidocument', 'docx', 'sbo', D(2026, 3, 3), {}, {'uitstroombestemming': 'placeholder', 'instemming_ouders': 'refused'}),
 ('zout-groeidocument', 'odt', 'po', D(2024, 10, 1), {}, {'inbreng_leerling': 'omit_na', 'oogo': 'missing', 'afwijkingen_onderwijsprogramma': 'na_none'}),
 ('zout-groeidocument', 'soffice_odt', 'so', D(2025, 9, 30), {}, {'adviezen_professionals': 'empty'}),
 ('zout-groeidocument', 'odt', 'sbo', D(2025, 12, 9), {}, {'belemmerende_factoren': 'refer', 'vaststelling': 'missing'}),
 ('pro-startdocument-iop', 'docx_sdt', 'pro', D(2025, 9, 25), {}, {}),
 ('pro-startdocument-iop', 'docx_sdt', 'pro', D(2025, 10, 16), {}, {'onderbouwing': 'empty', 'evaluatie': 'empty'}),
 ('pro-startdocument-iop', 'soffice', 'pro', D(2025, 11, 6), {}, {'instemming_ouders': 'besproken', 'afwijkingen_onderwijsprogramma': 'na_none'}),
 ('pro-startdocument-iop', 'docx_sdt', 'pro', D(2026, 1, 29), {}, {'uitstroombestemming': 'unticked', 'ondersteuningsbehoefte': 'empty'}),
 ('pro-startdocument-iop', 'scan', 'pro', D(2025, 3, 6), {}, {'inbreng_leerling': 'omit_na', 'informatie_rechten': 'missing'}),
 ('pro-startdocument-iop', 'soffice', 'pro', D(2025, 10, 22), {}, {'doelen': 'refer', 'inbreng_leerling': 'view_only'}),
 ('vso-lvs-export', 'pdf', 'vso', D(2025, 10, 1), {'profile': 'arbeid'}, {}),
 ('vso-lvs-export', 'pdf', 'vso', D(2025, 11, 18), {'profile': 'dag', 'adult': True, 'curatele': True}, {}),
 ('vso-lvs-export', 'pdf', 'vso', D(2025, 12, 2), {'profile': 'dag', 'adult': True, 'curatele': True}, {'instemming_ouders': 'pupil_only_curatele'}),
 ('vso-lvs-export', 'txt', 'so', D(2025, 9, 12), {}, {'adviezen_professionals': 'refer', 'ondersteuning': 'placeholder'}),
 ('vso-lvs-export', 'pdf', 'vso', D(2025, 1, 28), {'profile': 'vervolg'}, {'inbreng_leerling': 'omit_na', 'uitstroombestemming': 'vague'}),
 ('vso-lvs-export', 'txt', 'vso', D(2026, 2, 17), {'profile': 'arbeid'}, {'instemming_ouders': 'school_only', 'oogo': 'missing'}),
 ('vso-lvs-export', 'pdf', 'so', D(2025, 10, 28), {}, {'afwijkingen_onderwijsprogramma': 'missing', 'vaststelling': 'placeholder'}),
 ('vo-helder-mentorplan', 'pdfform', 'vo', D(2025, 10, 10), {}, {}),
 ('vo-helder-mentorplan', 'pdfform', 'vo', D(2025, 11, 21), {}, {'instemming_ouders': 'unticked', 'ondersteuningsbehoefte': 'instruction'}),
 ('vo-helder-mentorplan', 'pdfform', 'vo', D(2025, 6, 2), {}, {'inbreng_leerling': 'omit_na', 'bevorderende_factoren': 'missing', 'afwijkingen_onderwijsprogramma': 'na_none'}),
 ('vo-helder-mentorplan', 'pdf', 'vo', D(2026, 1, 8), {}, {'evaluatie': 'vague', 'informatie_rechten': 'vague'}),
 ('vo-helder-mentorplan', 'docx', 'vo', D(2025, 9, 19), {}, {'inbreng_leerling': 'placeholder', 'onderbouwing': 'refer'}),
 ('sbo-kpc-leerrendement', 'docx', 'sbo', D(2025, 10, 6), {}, {}),
 ('sbo-kpc-leerrendement', 'txt', 'sbo', D(2025, 11, 10), {}, {'oogo': 'nodate', 'doelen': 'instruction'}),
 ('sbo-kpc-leerrendement', 'soffice', 'sbo', D(2025, 5, 20), {}, {'inbreng_leerling': 'omit_na'}),
 ('sbo-kpc-leerrendement', 'docx', 'sbo', D(2026, 2, 24), {}, {'instemming_ouders': 'partial', 'adviezen_professionals': 'missing'}),
 ('sbo-kpc-leerrendement', 'scan', 'so', D(2025, 12, 15), {}, {'ondersteuning': 'refer'}),
 ('po-beknopt-vragen', 'md', 'po', D(2025, 9, 24), {}, {}),
 ('po-beknopt-vragen', 'pdf', 'po', D(2025, 11, 27), {}, {'instemming_ouders': 'blank_line', 'evaluatie': 'missing'}),
 ('po-beknopt-vragen', 'md', 'po', D(2026, 1, 22), {}, {'inbreng_leerling': 'empty', 'bevorderende_factoren': 'placeholder'}),
 ('po-beknopt-vragen', 'txt', 'po', D(2025, 10, 15), {}, {'vaststelling': 'missing', 'afwijkingen_onderwijsprogramma': 'na_none'}),
 ('po-beknopt-vragen', 'pdf', 'po', D(2025, 12, 18), {}, {'uitstroombestemming': 'instruction', 'ondersteuning': 'empty'}),
 ('leiden-tweedelig', 'docx', 'vo', D(2025, 12, 10), {}, {}),
 ('zout-groeidocument', 'soffice_odt', 'sbo', D(2026, 2, 10), {}, {'afwijkingen_onderwijsprogramma': 'na_none'}),
 ('vo-helder-mentorplan', 'pdfform', 'vo', D(2024, 12, 3), {}, {'inbreng_leerling': 'omit_na'}),
 ('vso-lvs-export', 'txt', 'vso', D(2025, 10, 8), {'profile': 'vervolg', 'adult': True}, {}),
 ('po-beknopt-vragen', 'scan', 'po', D(2025, 9, 30), {}, {}),
]

def fmt_label(f):
    return {'docx': 'docx', 'docx_sdt': 'docx', 'soffice': 'pdf', 'soffice_odt': 'pdf', 'pdf': 'pdf', 'pdfform': 'pdf',
            'scan': 'pdf', 'txt': 'txt', 'md': 'md', 'odt': 'odt'}[f]
EXT = {'docx': 'docx', 'pdf': 'pdf', 'txt': 'txt', 'md': 'md', 'odt': 'odt'}

def status_of(doc, el):
    s = doc.spec.get(el, 'present')
    if el == 'inbreng_leerling' and (doc.date < CUTOFF or (doc.st == 'vso' and doc.adult and not doc.curatele)):
        return 'not_applicable'
    if s in ('present', 'pre_present'): return 'present'
    if s in ('missing', 'avg_only'): return 'missing'
    if s in ('na_none', 'omit_na'): return 'not_applicable'
    return 'incomplete'

GAPDESC = {'empty': 'heading with nothing under it', 'placeholder': 'placeholder', 'instruction': 'format instruction left in',
           'refer': 'only refers elsewhere', 'vague': 'vague text that looks filled', 'view_only': "pupil's view without what it changed",
           'nodate': 'no date', 'unticked': 'options unticked', 'missing': 'section absent', 'avg_only': 'only an AVG/photo consent signed, OPP consent absent',
           'voor_gezien': 'signed "voor gezien"', 'onder_protest': 'signed "onder protest"', 'refused': '"niet akkoord" ticked',
           'partial': 'partial consent', 'school_only': 'signed only by the school', 'blank_line': 'blank signature line',
           'no_date': 'signature without date', 'besproken': 'signature means "besproken", no consent statement',
           'pupil_only_curatele': 'adult pupil under curatele signed himself, curator line blank',
           'parents_only_adult': 'adult pupil (handelingsbekwaam) did not sign; only the parents', 'na_none': 'explicit "geen afwijkingen"',
           'omit_na': 'no pupil section (plan before 1-8-2025)'}

def write(B, doc, base):
    f = doc.fmt
    if f in ('docx', 'docx_sdt'):
        p = base + '.docx'; w_docx(B, p, sdt=(f == 'docx_sdt'), plain_heads=doc.rng.random() < 0.4)
    elif f == 'odt': p = base + '.odt'; w_odt(B, p)
    elif f == 'soffice':
        src = os.path.join(OUT, 'build', os.path.basename(base) + '.docx'); w_docx(B, src, plain_heads=doc.rng.random() < 0.5)
        soffice_pdf(src, DOCS); p = base + '.pdf'
    elif f == 'soffice_odt':
        src = os.path.join(OUT, 'build', os.path.basename(base) + '.odt'); w_odt(B, src); soffice_pdf(src, DOCS); p = base + '.pdf'
    elif f == 'pdf': p = base + '.pdf'; w_pdf(B, p)
    elif f == 'pdfform': p = base + '.pdf'; w_pdfform(B, p)
    elif f == 'scan':
        src = os.path.join(OUT, 'build', os.path.basename(base) + '-src.pdf'); w_pdf(B, src); p = base + '.pdf'
        scanify(src, p, doc.seed, 2)
    elif f == 'txt': p = base + '.txt'; w_txt(B, p)
    elif f == 'md': p = base + '.md'; w_txt(B, p, md=True)
    return p

def build_all():
    if os.path.exists(DOCS): shutil.rmtree(DOCS)
    os.makedirs(DOCS); os.makedirs(os.path.join(OUT, 'build'), exist_ok=True)
    labels = []
    for i, (lay, f, st, date, ex, gaps) in enumerate(PLAN, 1):
        doc = Doc(); doc.seed = 20261206 + i; doc.rng = random.Random(doc.seed)
        doc.layout, doc.fmt, doc.st, doc.date = lay, f, st, date
        doc.adult = ex.get('adult', False); doc.curatele = ex.get('curatele', False); doc.profile = ex.get('profile', 'arbeid')
        doc.p = make_pupil(doc.rng, st, date, doc.adult); doc.spec = dict(gaps); doc.seen = set()
        if doc.adult and not doc.curatele and 'inbreng_leerling' not in doc.spec:
            doc.spec['inbreng_leerling'] = 'pre_present'
        B = LAYOUTS[lay](doc)
        for el in EL:
            s = doc.spec.get(el, 'present')
            assert el in doc.seen or s in ('missing', 'omit_na'), (i, lay, el)
        base = os.path.join(DOCS, f"{i:02d}-{st}-{lay}")
        path = write(B, doc, base)
        els = {el: status_of(doc, el) for el in EL}
        complete = all(v in ('present', 'not_applicable') for v in els.values())
        gdesc = '; '.join(f"{el}: {GAPDESC.get(v, v)}" for el, v in gaps.items())
        note = (f"layout {lay}; format {f}; plan date {fd(date)}"
                + ('; adult pupil' if doc.adult else '') + ('; under curatele' if doc.curatele else '')
                + (f"; vso profile {doc.profile}" if st == 'vso' else '')
                + ('; COMPLETE' if complete else '') + (f"; gaps/variants: {gdesc}" if gaps else ''))
        acc = ['instemming_ouders', 'vaststelling', 'oogo'] if f == 'scan' else []
        labels.append({'file': os.path.relpath(path, OUT), 'format': fmt_label(f), 'layout': lay, 'school_type': st,
                       'scanned': f == 'scan', 'elements': els, 'accept_unclear': acc, 'notes': note})
        print(i, path, 'complete' if complete else '', flush=True)
    labels += non_opps(len(PLAN))
    shutil.rmtree(os.path.join(OUT, 'build'))
    json.dump({'version': 1, 'docs': labels}, open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

def non_opps(start):
    out = []
    # 1. leaflet for parents (style of SWV FAQ / Onderwijsgeschillen themapagina)
    B = [('title', 'Wat is een ontwikkelingsperspectiefplan (OPP)?'), ('sub', 'Informatie voor ouders — Samenwerkingsverband Passend Onderwijs Veenwolde e.o.'),
         ('h', 'Voor wie?'), ('p', 'Voor alle leerlingen die ondersteuning krijgen die buiten de basisondersteuning van de school valt, stelt de school een OPP op. Scholen voor speciaal (basis)onderwijs doen dat voor alle leerlingen.'),
         ('h', 'Wat staat erin?'), ('li', 'de verwachte uitstroombestemming en de onderbouwing daarvan;'), ('li', 'belemmerende en bevorderende factoren;'),
         ('li', 'de ondersteuning en begeleiding die de school biedt (het handelingsdeel);'), ('li', 'eventuele afwijkingen van het onderwijsprogramma.'),
         ('h', 'Uw rol als ouder'), ('p', 'De school voert met u op overeenstemming gericht overleg. Sinds 1 augustus 2017 heeft u instemmingsrecht op het handelingsdeel. Sinds 1 augustus 2025 moet ook de mening van uw kind worden gevraagd.'),
         ('h', 'Niet eens?'), ('p', 'Praat eerst met de school. Het ouder- en jeugdsteunpunt en de onderwijsconsulenten kunnen helpen. U kunt binnen zes weken naar de Geschillencommissie passend onderwijs.')]
    p = os.path.join(DOCS, f"{start+1:02d}-none-folder-wat-is-een-opp.pdf"); w_pdf(B, p)
    out.append(('folder-ouders', p, 'pdf', {el: 'missing' for el in EL}, 'leaflet for parents about what an OPP is (style: SWV FAQ pages / Onderwijsgeschillen themapagina); not an OPP: every element missing'))
    # 2. newsletter (style SWV Adam nieuwsbrief maart 2017)
    B = [('title', 'Nieuwsbrief maart'), ('sub', 'SWV Harkemaburg-Kruisdijk PO — nieuwsbrief voor scholen en ouders'),
         ('h', 'Handtekening ouders nodig voor handelingsdeel OPP'), ('p', 'Met ingang van 1 augustus 2017 is voor het handelingsdeel van het ontwikkelingsperspectiefplan de instemming van ouders nodig. Tot die datum gold alleen het op overeenstemming gericht overleg (OOGO). Voor het overige deel, zoals de uitstroombestemming, verandert er niets.'),
         ('p', 'Op onze website vindt u een voorbeeld, een toelichting en een format voor het OPP, aangepast aan de nieuwe wetgeving.'),
         ('h', 'Studiemiddag basisondersteuning'), ('p', 'Op woensdag 12 april organiseren wij een studiemiddag voor intern begeleiders in De Schakel, Harkemaburg. Aanmelden via het secretariaat.'),
         ('h', 'Nieuwe orthopedagoog'), ('p', 'Per 1 april versterkt mevr. L. Abbenhuis het team van het loket.')]
    p = os.path.join(DOCS, f"{start+2:02d}-none-nieuwsbrief.docx"); w_docx(B, p)
    out.append(('nieuwsbrief-swv', p, 'docx', {el: 'missing' for el in EL}, 'newsletter item about the consent law (style: SWV Adam nieuwsbrief maart 2017); not an OPP: every element missing'))
    # 3/4. blank formats
    for k, (lay, st, f) in enumerate([('twente-groeiformulier', 'po', 'docx'), ('vso-lvs-export', 'vso', 'pdf')]):
        doc = Doc(); doc.seed = 999 + k; doc.rng = random.Random(doc.seed); doc.layout, doc.fmt, doc.st = lay, f, st
        doc.date = D(2025, 9, 1); doc.adult = False; doc.curatele = False; doc.profile = 'arbeid'
        doc.p = {kk: '' for kk in ['name', 'full', 'zij', 'Zij', 'haar', 'hem', 'klas', 'school', 'place', 'mentor', 'ib', 'dir', 'ortho', 'parent', 'parent2', 'swv']}
        doc.p['dob'] = None; doc.seen = set()
        doc.spec = {el: 'empty' for el in EL}; doc.spec['instemming_ouders'] = 'blank_line'; doc.spec['uitstroombestemming'] = 'empty'
        B = LAYOUTS[lay](blank_doc_patch(doc))
        B = [blank_kv(b) for b in B if b[0] != 'footer']
        p = os.path.join(DOCS, f"{start+3+k:02d}-none-leeg-format-{lay}.{f}")
        (w_docx if f == 'docx' else w_pdf)(B, p)
        els = {el: ('incomplete' if el in doc.seen else 'missing') for el in EL}
        out.append((lay + ' (blank)', p, f, els, f'blank format of layout {lay}: fields present but empty → incomplete, fields the format lacks → missing'))
    return [{'file': os.path.relpath(p, OUT), 'format': f, 'layout': lay, 'school_type': 'none', 'scanned': False,
             'elements': els, 'accept_unclear': [], 'notes': note} for lay, p, f, els, note in out]

def blank_kv(b):
    if b[0] == 'kv': return ('kv', [(a, '') for a, v in b[1]])
    if b[0] == 'sub': return ('sub', 'Format ontwikkelingsperspectief — in te vullen door de school')
    if b[0] == 'title': return ('title', b[1].split(' — ')[0])
    if b[0] == 'sig': return ('sig', [(r, '', '', '') for r, n, d_, w in b[1]])
    if b[0] == 'table': return ('table', [b[1][0]] + [[r[0]] + [''] * (len(r) - 1) for r in b[1][1:]], True)
    return b

class _FD:
    def strftime(self, *a): return ''
def blank_doc_patch(doc):
    global fd
    return doc

if __name__ == '__main__':
    _orig = fd
    build_all()
