# -*- coding: utf-8 -*-
"""Element content with variants, and the label each variant implies."""
import random, datetime as dt
from profiles import P

ELEMENTS = ['uitstroombestemming','onderbouwing','belemmerende_factoren','bevorderende_factoren',
 'ondersteuningsbehoefte','ondersteuning','afwijkingen_onderwijsprogramma','doelen','adviezen_professionals',
 'oogo','instemming_ouders','inbreng_leerling','evaluatie','informatie_rechten','vaststelling']
CUTOFF = dt.date(2025, 8, 1)
MAANDEN = ['januari','februari','maart','april','mei','juni','juli','augustus','september','oktober','november','december']

def dlong(d): return f"{d.day} {MAANDEN[d.month-1]} {d.year}"
def dnum(d): return f"{d.day:02d}-{d.month:02d}-{d.year}"

VOORNAMEN_M = ['Daan','Milan','Sem','Ayoub','Jesse','Tijn','Bram','Luuk','Yusuf','Finn','Mees','Ruben','Kian','Thijs','Noud','Jurre','Senna','Olaf','Stijn','Wessel']
VOORNAMEN_V = ['Noor','Lotte','Fenna','Yara','Sanne','Isa','Amira','Liv','Jente','Maud','Elin','Nova','Roos','Hiba','Tess','Mila','Saar','Evi','Lieke','Zoë']
ACHTERNAMEN = ['de Boer','Hofstede','van Dijken','Kramer','El Idrissi','Veenstra','Smit','van der Werff','Mulder','Brouwer','Timmerman','Kuiper','Scholten','Haverkamp','Postma','Wijnberg','Doorn','Lammers','Bakhuis','Eijkelenboom','van Rijswijk','Oosterhuis','Nijboer','Yilmaz','Dekker','Achterberg']
VOORL = ['A.','B.','C.','E.','F.','G.','H.','I.','J.','K.','L.','M.','N.','P.','R.','S.','T.','W.']
PLAATSEN = ['Veldhoven-Noord','Oosterwolde','Dinxterveen','Heerlo','Marnewaard','Lindehout','Brakelsveld','Ter Aar-Oost','Westerbroek','Hollum aan de Vaart','Zuidhorst','Rijnsweerd']
PO_SCHOLEN = ['cbs De Wegwijzer','obs Het Kompas','Kindcentrum De Vlonder','rkbs Sint Jozef','obs De Regenboog','IKC De Boomgaard','cbs Het Anker','Jenaplanschool De Zonnewijzer','obs De Klimop','Kindcentrum Het Palet']
VO_SCHOLEN = ['Vechtdal Lyceum','SG Het Baken','Mavo-Havo Westerkwartier','Lindehout College','Stedelijk Gymnasium Marnewaard','Vakcollege De Brug','Het Rietland College','CSG Aquamarijn']
SBO = ['SBO De Kameleon','SBO Het Startpunt','SBO De Fontein']
SO = ['De Windroos, school voor so en vso (cluster 4)','Mytylschool-ZML De Bolster','Het Baken, school voor so (cluster 4)']
PRO = ['Praktijkschool De Rank','Praktijkcollege Noordkwartier']
VSO = ['VSO De Horizon','De Bolster, afdeling vso','VSO Het Kompas (cluster 3)']
SWV = ['Samenwerkingsverband PO Westerkwartier-Zuid','Samenwerkingsverband Passend Onderwijs Rijn & Heuvel','Samenwerkingsverband VO Lindehout e.o.','SWV Passend Onderwijs Brakel-Dinxter']

def mkctx(spec):
    r = random.Random(spec['seed'])
    prof = dict(P[spec['profile']])
    st = prof['type']
    m = r.random() < 0.5
    if 'gender' in spec: m = spec['gender'] == 'm'
    v = r.choice(VOORNAMEN_M if m else VOORNAMEN_V)
    an = r.choice(ACHTERNAMEN)
    pron = dict(hij='hij' if m else 'zij', Hij='Hij' if m else 'Zij', zijn='zijn' if m else 'haar', Zijn='Zijn' if m else 'Haar', hem='hem' if m else 'haar', v=v)
    d = dt.date.fromisoformat(spec['date'])
    age = {'po':r.randint(8,11),'sbo':r.randint(9,11),'so':r.randint(9,11),'vo':r.randint(13,16),'pro':14,'vso':r.randint(15,16)}[st]
    if spec['profile'] == 'vso_adult': age = 18
    if spec['profile'] == 'vso_curatele': age = 19
    if spec['profile'] in ('so_cluster4',): age = 10
    if spec['profile'] in ('so_zmlk',): age = 11
    bd = d - dt.timedelta(days=int(age*365.25) + r.randint(30, 300))
    school = r.choice({'po':PO_SCHOLEN,'vo':VO_SCHOLEN,'sbo':SBO,'so':SO,'pro':PRO,'vso':VSO}[st])
    def person(): return f"{r.choice(['mevr.','dhr.'])} {r.choice(VOORL)} {r.choice(ACHTERNAMEN)}"
    moeder = f"mevr. {r.choice(VOORL)} {an}" if r.random()<0.6 else f"mevr. {r.choice(VOORL)} {r.choice(ACHTERNAMEN)}"
    vader = f"dhr. {r.choice(VOORL)} {an}"
    po_like = st in ('po','sbo','so')
    ctx = dict(spec=spec, prof=prof, st=st, r=r, v=v, an=an, naam=f"{v} {an}", pron=pron, date=d, bd=bd,
        school=school, plaats=r.choice(PLAATSEN), swv=r.choice(SWV), moeder=moeder, vader=vader,
        ouders=f"{moeder} en {vader}" if r.random()<0.7 else moeder,
        mentor=person(), mentor_rol='leerkracht' if po_like else 'mentor',
        ib=person(), ib_rol='intern begeleider' if st in ('po','sbo') else ('orthopedagoog' if st=='so' else 'zorgcoördinator'),
        directeur=person(), dir_rol='directeur' if st!='vo' else 'teamleider onderbouw' if 'klas 1' in prof['klas'] or ' 2' in prof['klas'] else 'afdelingsleider',
        oogo=d - dt.timedelta(days=r.randint(5, 16)), sign=d + dt.timedelta(days=r.randint(2, 9)),
        eval1=d + dt.timedelta(days=r.randint(110, 140)), eval2=d + dt.timedelta(days=r.randint(230, 260)),
        lg=d - dt.timedelta(days=r.randint(18, 30)), start=d + dt.timedelta(days=r.randint(1, 7)),
        post=d >= CUTOFF, revised=dt.date.fromisoformat(spec['revised']) if spec.get('revised') else None,
        klas=prof['klas'], schooljaar=f"{d.year}-{d.year+1}" if d.month>=8 else f"{d.year-1}-{d.year}")
    ctx['pupil_required'] = ctx['post'] or (ctx['revised'] and ctx['revised'] >= CUTOFF)
    ctx['adult'] = spec['profile'] == 'vso_adult'
    ctx['curatele'] = spec['profile'] == 'vso_curatele'
    return ctx

def F(ctx, s):
    return s.format(**ctx['pron']) if s else s

PH = ['...', 'n.t.b.', 'nog aanvullen', 'volgt na overleg', '[tekst]', 'Klik of tik om tekst in te voeren.', 'PM', 'nog invullen door IB']
INSTR = {
 'uitstroombestemming': "Geef hier het verwachte uitstroomniveau aan (bijv. vmbo-bb, vmbo-kb, vmbo-gt, havo, vwo, pro).",
 'onderbouwing': "Onderbouw de uitstroombestemming met toetsgegevens, capaciteiten en de ontwikkeling van de leerling.",
 'belemmerende_factoren': "Beschrijf hier de factoren die de ontwikkeling van de leerling belemmeren (leren, werkhouding, sociaal-emotioneel, thuissituatie).",
 'bevorderende_factoren': "Beschrijf hier de stimulerende factoren / sterke kanten van de leerling.",
 'ondersteuningsbehoefte': "Formuleer de onderwijsbehoeften: 'De leerling heeft behoefte aan ...'",
 'ondersteuning': "Beschrijf wat er wordt ingezet, door wie, hoe vaak en vanaf wanneer.",
 'afwijkingen_onderwijsprogramma': "Vermeld hier of de leerling afwijkt van het reguliere programma (eigen leerlijn, vrijstelling, aangepast rooster).",
 'doelen': "Formuleer SMART-doelen voor de komende periode.",
 'adviezen_professionals': "Noteer hier de adviezen van externe deskundigen en wat de school ermee doet.",
 'oogo': "Noteer datum en deelnemers van het op overeenstemming gericht overleg met ouders.",
 'inbreng_leerling': "Beschrijf hier de mening van de leerling en wat daarmee is gedaan.",
 'evaluatie': "Geef aan wanneer en met wie het OPP wordt geëvalueerd.",
 'informatie_rechten': "Informeer ouders over hun rechten.",
 'vaststelling': "Datum vaststelling en naam/functie van degene die het OPP vaststelt.",
}
REF = {
 'uitstroombestemming': "Zie het voorlopig advies in het leerlingdossier.",
 'onderbouwing': "Zie bijlage 2 (toetsoverzicht LVS en verslag psychologisch onderzoek).",
 'belemmerende_factoren': "Zie het groeidocument, hoofdstuk 3.",
 'bevorderende_factoren': "Zie het leerlingprofiel in het leerlingvolgsysteem.",
 'ondersteuningsbehoefte': "Zie het groepsoverzicht.",
 'ondersteuning': "Zie het groepsplan en het ontwikkelplan in Magister.",
 'afwijkingen_onderwijsprogramma': "Zie de urenverantwoording in bijlage 4.",
 'doelen': "Zie het groepsplan van periode 2.",
 'adviezen_professionals': "Zie het verslag van het onderzoek (bijlage 3).",
 'oogo': "Zie het gespreksverslag in ParnasSys.",
 'inbreng_leerling': "Zie het verslag van het kindgesprek.",
 'evaluatie': "Zie de zorgkalender van de school.",
 'informatie_rechten': "Zie de schoolgids, hoofdstuk 6.",
 'vaststelling': "Zie het directieverslag.",
}
GENERIC = {
 'onderbouwing': "Het ontwikkelingsperspectief wordt bepaald op basis van de toetsresultaten uit het leerlingvolgsysteem, zoals bij alle leerlingen.",
 'belemmerende_factoren': "Bij alle leerlingen met een OPP kunnen factoren als concentratie, motivatie en thuissituatie het leren belemmeren.",
 'bevorderende_factoren': "Alle leerlingen op onze school hebben sterke kanten; die zetten we in.",
 'ondersteuningsbehoefte': "Alle kinderen hebben behoefte aan een veilige, gestructureerde leeromgeving en duidelijke instructie.",
 'ondersteuning': "De leerling ontvangt de basisondersteuning zoals beschreven in het schoolondersteuningsprofiel (SOP) van onze school. Extra ondersteuning wordt waar nodig in het groepsplan opgenomen.",
 'doelen': "Wij werken met alle leerlingen aan de kerndoelen en de referentieniveaus.",
 'adviezen_professionals': "De school werkt nauw samen met externe deskundigen en neemt hun adviezen altijd serieus.",
 'inbreng_leerling': "Op onze school betrekken we leerlingen altijd bij hun eigen ontwikkeling; leerlingen voeren drie keer per jaar een kindgesprek.",
 'evaluatie': "Alle OPP's worden jaarlijks geëvalueerd.",
 'informatie_rechten': "Heeft u vragen over dit plan? Neem dan contact op met de mentor of de zorgcoördinator.",
 'oogo': "Ouders worden bij het opstellen van een OPP altijd betrokken.",
}
VAGUE = {
 'doelen': ["{v} gaat beter rekenen en lezen.", "{v} krijgt meer zelfvertrouwen.", "De werkhouding van {v} verbetert."],
 'evaluatie': "Het OPP wordt regelmatig geëvalueerd en waar nodig bijgesteld.",
}

def label_for(elem, var, ctx):
    if elem == 'inbreng_leerling':
        if ctx['adult']: return 'not_applicable'
        if not ctx['pupil_required']: return 'not_applicable'
    if var == 'ok': return 'present'
    if var == 'missing': return 'missing'
    if elem == 'afwijkingen_onderwijsprogramma' and var == 'none': return 'not_applicable'
    if elem == 'instemming_ouders':
        if var in ('sig_img','tick','digital','stated','typed_sig','adult','curator','tick_hand'): return 'present'
        if var == 'avg_only': return 'missing'
        return 'incomplete'
    return 'incomplete'

def value(ctx, elem, var):
    """Returns None (not rendered), str, or structured value."""
    p = ctx['prof']; f = lambda s: F(ctx, s); r = ctx['r']
    if var == 'missing': return None
    if elem == 'instemming_ouders': return consent(ctx, var)
    if var == 'empty': return ''
    if var == 'ph': return r.choice(PH) if elem not in ('uitstroombestemming',) else r.choice(['n.t.b.','nog niet te bepalen','...','Kies een item.'])
    if var == 'instr': return INSTR[elem]
    if var == 'ref': return REF[elem]
    if var == 'generic': return GENERIC[elem]
    if var == 'unticked': return 'UNTICKED'
    if var == 'vague':
        x = VAGUE[elem]
        return [(f(s), '') for s in x] if isinstance(x, list) else x
    if elem == 'uitstroombestemming': return p['uitstroom']
    if elem == 'onderbouwing': return f(p['onderbouwing'])
    if elem == 'belemmerende_factoren': return [(a, f(b)) for a, b in p['belem']]
    if elem == 'bevorderende_factoren': return [(a, f(b)) for a, b in p['bevord']]
    if elem == 'ondersteuningsbehoefte': return [f(s) for s in p['behoefte']]
    if elem == 'ondersteuning':
        return [(f(a), b, c, dnum(ctx['start'])) for a, b, c in p['ondersteuning']]
    if elem == 'afwijkingen_onderwijsprogramma':
        if var == 'none': return "Er zijn geen afwijkingen van het onderwijsprogramma: {v} volgt het reguliere programma van {k}.".format(v=ctx['v'], k=ctx['klas'])
        if var == 'nvt_contra': return 'n.v.t.'
        assert p['afwijking'], (ctx['spec']['id'], 'profile has no deviation')
        return f(p['afwijking'])
    if elem == 'doelen': return [(f(a), b) for a, b in p['doelen']]
    if elem == 'adviezen_professionals': return f(p['adviezen'])
    if elem == 'oogo':
        if var == 'future': return f"De school nodigt ouders binnenkort uit voor een gesprek over dit OPP."
        if ctx['adult']:
            return f"Het ontwikkelingsperspectief is op {dlong(ctx['oogo'])} besproken met {ctx['v']} zelf (meerderjarig) en, op verzoek van {ctx['v']}, met {ctx['moeder']}, mentor {ctx['mentor']} en de stagecoördinator. {ctx['v']} heeft ingebracht dat de stage niet verder dan 30 minuten reizen mag zijn; dit is opgenomen."
        if ctx['curatele']:
            return f"Het ontwikkelingsperspectief is op {dlong(ctx['oogo'])} besproken met {ctx['moeder']} (moeder en curator), {ctx['v']}, mentor {ctx['mentor']} en de orthopedagoog. Moeder heeft gevraagd de overdracht naar de dagbesteding vroeg te starten; dit is opgenomen."
        return f"Het OPP is op {dlong(ctx['oogo'])} besproken met {ctx['ouders']}, {ctx['mentor_rol']} {ctx['mentor']} en {ctx['ib_rol']} {ctx['ib']}. Ouders herkennen het beeld. Hun aanvulling over de situatie thuis is verwerkt in de belemmerende en bevorderende factoren."
    if elem == 'inbreng_leerling':
        if var == 'adult_na':
            return f"{ctx['v']} is meerderjarig en is zelf partij bij dit OPP; {f('{hij}')} heeft deelgenomen aan het overleg."
        view, eff = p['leerling']
        lg = dlong(ctx['lg'])
        if var == 'no_effect':
            return f"Gesprek met {ctx['v']} op {lg}. " + f(view)
        if var == 'adult_na':
            return f"{ctx['v']} is meerderjarig en is zelf partij bij dit OPP; {f('{hij}')} heeft deelgenomen aan het overleg."
        return f"Gesprek met {ctx['v']} op {lg}. " + f(view) + " " + f(eff)
    if elem == 'evaluatie':
        who = f"ouders, {ctx['v']}" if ctx['pupil_required'] and not ctx['adult'] else ("{v} (en op {zijn} verzoek moeder)".format(**ctx['pron']) if ctx['adult'] else "ouders")
        return (f"Het OPP wordt ten minste eenmaal per schooljaar geëvalueerd. Tussenevaluatie: {MAANDEN[ctx['eval1'].month-1]} {ctx['eval1'].year}; "
                f"jaarevaluatie en bijstelling: {MAANDEN[ctx['eval2'].month-1]} {ctx['eval2'].year}, in een gesprek met {who}, de {ctx['mentor_rol']} en de {ctx['ib_rol']}.")
    if elem == 'informatie_rechten':
        wie = 'U' if not ctx['adult'] else 'Je'
        if ctx['adult']:
            return ("Omdat je meerderjarig bent, heb je zelf instemmingsrecht op het handelingsdeel. Zonder jouw instemming voert de school het handelingsdeel niet uit. "
                    "Ben je het niet eens met het plan, bespreek het dan eerst met je mentor. Je kunt ook hulp vragen bij het ouder- en jeugdsteunpunt van het samenwerkingsverband of bij een onderwijsconsulent (gratis). "
                    "Binnen zes weken na de vaststelling kun je een geschil voorleggen aan de Geschillencommissie passend onderwijs.")
        return ("Ouders hebben instemmingsrecht op het handelingsdeel van het OPP; zonder instemming voert de school het handelingsdeel niet uit. "
                f"Bent u het niet eens met (een deel van) het plan, bespreek dit dan eerst met {ctx['ib']}. U kunt daarnaast contact opnemen met het ouder- en jeugdsteunpunt van {ctx['swv']} of met een onderwijsconsulent (gratis, via www.onderwijsconsulenten.nl). "
                "Komen we er samen niet uit, dan kunt u binnen zes weken na de vaststelling van het OPP een geschil voorleggen aan de Geschillencommissie passend onderwijs (Onderwijsgeschillen, Utrecht).")
    if elem == 'vaststelling':
        if var == 'blank': return "BLANK"
        return f"Vastgesteld door {ctx['directeur']}, {ctx['dir_rol']}, op {dlong(ctx['date'])}."
    if elem == 'instemming_ouders':
        return consent(ctx, var)
    raise ValueError((elem, var))

def consent(ctx, var):
    """dict(intro, rows, after). SIG marks a handwritten signature image."""
    d = dnum(ctx['sign']); r = ctx['r']
    par = ctx['moeder'] if r.random()<0.6 else ctx['vader']
    intro = "Ouder(s)/verzorger(s) verklaren dat het OPP met hen is besproken en geven hieronder aan of zij instemmen met het handelingsdeel (de te bieden ondersteuning)."
    if ctx['adult']:
        intro = f"{ctx['v']} is meerderjarig en handelingsbekwaam en geeft zelf aan of {ctx['pron']['hij']} instemt met het handelingsdeel."
    if ctx['curatele']:
        intro = f"{ctx['v']} staat onder curatele. De curator geeft aan of zij instemt met het handelingsdeel."
    school_rows = [("Namens de school", f"{ctx['directeur']}, {ctx['dir_rol']}"), ("Datum", dnum(ctx['date'])), ("Handtekening", "SIG")]
    if var in ('sig_img',):
        return dict(intro=intro, rows=[("Naam ouder/verzorger", par), ("Datum", d), ("Handtekening", "SIG")] + school_rows, after=None)
    if var == 'tick':
        return dict(intro=intro, rows=[("Instemming", "☒ Akkoord met het handelingsdeel\n☐ Niet akkoord"), ("Naam ouder/verzorger", par), ("Datum", d), ("Handtekening", "SIG")], after=None)
    if var == 'tick_hand':  # form with handwritten tick in scan
        return dict(intro=intro, rows=[("Instemming", "☒ Akkoord met het handelingsdeel\n☐ Niet akkoord"), ("Naam ouder/verzorger", par), ("Datum", d), ("Handtekening", "SIG")], after=None)
    if var == 'digital':
        return dict(intro=None, rows=[], after=f"Instemming handelingsdeel: digitaal ondertekend door {par} via het ouderportaal op {d} om 20:14 uur (keuze: 'Ik ga akkoord met het handelingsdeel'). Verificatiecode 7F3K-Q29A.")
    if var == 'stated':
        return dict(intro=None, rows=[], after=f"Ouders hebben in het gesprek van {dnum(ctx['oogo'])} ingestemd met het handelingsdeel. {par[0].upper()+par[1:]} heeft de instemming op {d} per e-mail aan de {ctx['ib_rol']} bevestigd (e-mail opgeslagen in het leerlingdossier).")
    if var == 'typed_sig':
        return dict(intro=intro, rows=[("Akkoord handelingsdeel", "ja"), ("Handtekening ouder(s)", f"w.g. {par}"), ("Datum", d), ("Handtekening school", f"w.g. {ctx['directeur']}")], after=None)
    if var == 'adult':
        return dict(intro=intro, rows=[("Instemming", "☒ Ik ga akkoord met het handelingsdeel\n☐ Ik ga niet akkoord"), ("Naam leerling", ctx['naam']), ("Datum", d), ("Handtekening leerling", "SIG")] + school_rows, after=None)
    if var == 'curator':
        return dict(intro=intro, rows=[("Instemming", "☒ Akkoord met het handelingsdeel\n☐ Niet akkoord"), ("Naam curator", f"{ctx['moeder']} (moeder, curator)"), ("Datum", d), ("Handtekening", "SIG")] + school_rows, after=None)
    if var == 'voor_gezien':
        return dict(intro=intro, rows=[("Naam ouder/verzorger", par), ("Datum", d), ("Handtekening", "SIG  voor gezien")] + school_rows, after=None)
    if var == 'onder_protest':
        return dict(intro=intro, rows=[("Naam ouder/verzorger", par), ("Datum", d), ("Handtekening", "SIG"), ("Opmerking ouder", "Getekend onder protest. Wij zijn het niet eens met de verwachte uitstroombestemming en willen een second opinion.")] + school_rows, after=None)
    if var == 'refused':
        return dict(intro=intro, rows=[("Instemming", "☐ Akkoord met het handelingsdeel\n☒ Niet akkoord"), ("Toelichting", "Wij gaan niet akkoord met het verminderde rooster."), ("Naam ouder/verzorger", par), ("Datum", d), ("Handtekening", "SIG")], after=None)
    if var == 'partial':
        return dict(intro=intro, rows=[("Instemming", "☐ Akkoord met het handelingsdeel\n☒ Gedeeltelijk akkoord, namelijk niet met: de coaching buiten de les\n☐ Niet akkoord"), ("Naam ouder/verzorger", par), ("Datum", d), ("Handtekening", "SIG")], after=None)
    if var == 'school_only':
        return dict(intro=intro, rows=school_rows + [(f"{ctx['ib_rol'].capitalize()}", ctx['ib']), ("Datum", dnum(ctx['date'])), ("Handtekening", "SIG"), ("Naam ouder/verzorger", ""), ("Datum", ""), ("Handtekening ouder", "")], after=None)
    if var == 'blank':
        return dict(intro=intro, rows=[("Naam ouder/verzorger", "______________________"), ("Datum", "___-___-______"), ("Handtekening", "______________________")], after=None)
    if var == 'unticked':
        return dict(intro=intro, rows=[("Instemming", "☐ Akkoord met het handelingsdeel\n☐ Niet akkoord"), ("Naam ouder/verzorger", par), ("Datum", ""), ("Handtekening", "")], after=None)
    if var == 'no_date':
        return dict(intro=intro, rows=[("Naam ouder/verzorger", par), ("Datum", ""), ("Handtekening", "SIG")], after=None)
    if var == 'name_only':
        return dict(intro=intro, rows=[("Naam ouder/verzorger", par), ("Handtekening", "....................................."), ("Datum", "....................")], after=None)
    if var == 'future':
        return dict(intro=None, rows=[], after="Instemming ouders: ouders ontvangen dit OPP na vaststelling digitaal ter ondertekening.")
    if var == 'adult_wrong':
        return dict(intro=intro, rows=[("Naam ouder", ctx['moeder']), ("Datum", d), ("Handtekening ouder", "SIG"), ("Naam leerling", ctx['naam']), ("Datum", ""), ("Handtekening leerling", "")], after=None)
    if var == 'curatele_pupil':
        return dict(intro=intro, rows=[("Naam leerling", ctx['naam']), ("Datum", d), ("Handtekening leerling", "SIG"), ("Naam curator", ""), ("Datum", ""), ("Handtekening curator", "")], after=None)
    if var == 'avg_only':
        return dict(intro="Toestemming gegevensverwerking (AVG)", rows=[("Toestemming", "☒ Ouders geven toestemming om gegevens uit dit dossier te delen met het samenwerkingsverband\n☒ Ouders geven toestemming voor het gebruik van foto's in de schoolgids"), ("Naam ouder/verzorger", par), ("Datum", d), ("Handtekening", "SIG")], after=None)
    raise ValueError(var)

def uitstroom_options(st):
    if st in ('po', 'sbo'): return ['praktijkonderwijs','vmbo-basis','vmbo-kader','vmbo-gt','havo','vwo']
    if st == 'so': return ['vso vervolgonderwijs','vso arbeidsmarktgericht','vso dagbesteding','regulier vo']
    if st == 'vso': return ['vervolgonderwijs','arbeidsmarktgericht','dagbesteding']
    if st == 'pro': return ['arbeid (regulier)','arbeid met ondersteuning','entree-opleiding (mbo 1)','dagbesteding']
    return ['mbo niveau 1 (entree)','mbo niveau 2','mbo niveau 3','mbo niveau 4','hbo','wo']

def option_match(ctx):
    u = ctx['prof']['uitstroom'].lower(); st = ctx['st']
    opts = uitstroom_options(st)
    for o in sorted(opts, key=len, reverse=True):
        key = o.split(' (')[0].lower()
        if st == 'vo':
            key = {'mbo niveau 1 (entree)':'entree'}.get(o, key)
        if st == 'pro': key = {'arbeid (regulier)':'arbeid:'}.get(o, key)
        if key in u: return o
    if st == 'so': return 'vso vervolgonderwijs' if 'vervolg' in u else 'vso dagbesteding'
    return opts[0]
