# -*- coding: utf-8 -*-
"""Documents that are not OPPs, and two blank formats."""
from gen_content import ORDER, EL, INSTR

ALL_MISSING = {EL[k]: 'missing' for k in ORDER}


def nonopp_docs():
    D = []
    # 1 leaflet for parents
    b = [('title', 'Wat is een ontwikkelingsperspectiefplan (OPP)?'),
         ('sub', 'Informatie voor ouders en leerlingen - Samenwerkingsverband Hemmerdam-Brakelhoorn'),
         ('p', 'Sommige leerlingen hebben meer ondersteuning nodig dan de school gewoonlijk biedt. Voor hen maakt de school een ontwikkelingsperspectiefplan, kortweg OPP.'),
         ('h2', 'Wat staat er in een OPP?'),
         ('bullets', ['de verwachte uitstroombestemming: naar welk type onderwijs, werk of dagbesteding uw kind na deze school waarschijnlijk gaat, en waarom;',
                      'de belemmerende en bevorderende factoren: wat uw kind helpt en wat het lastig maakt;',
                      'het handelingsdeel: welke ondersteuning de school biedt, door wie en hoe vaak, en welke doelen er zijn;',
                      'eventuele afwijkingen van het onderwijsprogramma, zoals een eigen leerlijn of een aangepast rooster;',
                      'de mening van uw kind (sinds 1 augustus 2025 moet de school uw kind hierover horen).']),
         ('h2', 'Uw rol als ouder'),
         ('p', 'De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw instemming nodig. Is uw kind 18 jaar of ouder en handelingsbekwaam, dan beslist het in het (v)so zelf.'),
         ('p', 'De school evalueert het OPP minstens één keer per jaar met u.'),
         ('h2', 'Niet eens met het OPP?'),
         ('p', 'Ga eerst in gesprek met de school. U kunt gratis hulp vragen aan een onderwijsconsulent of het Ouder- en Jeugdsteunpunt. Binnen zes weken na de vaststelling kunt u naar de Geschillencommissie passend onderwijs.'),
         ('p', 'Meer weten? Bel het steunpunt van het samenwerkingsverband: 0599-000 000 (ma t/m do).')]
    D.append(('none-56-folder-ouders', 'none', 'folder-ouders', 'pdf', b, {'footer': 'Folder OPP - versie september 2025'}, dict(ALL_MISSING),
              'leaflet for parents explaining what an OPP is; not a plan for a pupil'))
    # 2 newsletter
    b = [('title', 'Nieuwsbrief Praktijkcollege Hoogveld - november 2025'),
         ('h2', 'OPP-gesprekken'),
         ('p', 'In de weken 46 en 47 vinden de OPP-gesprekken plaats. U ontvangt via Magister een uitnodiging. Uw zoon of dochter is ook welkom: we horen graag wat hij of zij zelf wil. Na het gesprek ontvangt u het plan om te ondertekenen.'),
         ('h2', 'Stagemarkt'),
         ('p', 'Op donderdag 27 november is de stagemarkt in de aula. Bedrijven uit Ekelwoude en omgeving presenteren zich. Leerlingen uit leerjaar 3 en 4 kunnen zich daar inschrijven voor een externe stage. De jobcoaches zijn aanwezig.'),
         ('h2', 'Entree-opleiding'),
         ('p', 'Vanaf februari start weer een groep leerlingen met de Entree-opleiding bij het ROC, in samenwerking met onze school. Leerlingen die hiervoor in aanmerking komen, worden door hun mentor benaderd.'),
         ('h2', 'Agenda'),
         ('bullets', ['17 nov: studiedag, leerlingen vrij', '27 nov: stagemarkt', '5 dec: Sinterklaas, lessen tot 12.00 uur', '19 dec: kerstviering'])]
    D.append(('none-57-nieuwsbrief', 'none', 'nieuwsbrief', 'pdfw', b, {'footer': 'Nieuwsbrief nr. 3 - schooljaar 2025-2026'}, dict(ALL_MISSING),
              'school newsletter mentioning OPP talks, stage and Entree; not an OPP'))
    # 3 stage agreement
    b = [('title', 'Praktijkovereenkomst externe stage'), ('sub', 'PrO De Vaart - Veenstervaart'),
         ('kv', [('Leerling', 'Tygo Kremer (17 jaar)'), ('Stagebedrijf', 'Hoveniersbedrijf Groenewerf, Rietkamp'),
                 ('Werkbegeleider', 'dhr. S. Lammerse'), ('Stagedocent / jobcoach', 'mevr. H. Brouns'),
                 ('Periode', '1 december 2025 t/m 3 juli 2026'), ('Dagen en tijden', 'dinsdag en donderdag 8.00 - 15.30 uur'),
                 ('Leerdoelen stage', 'zelfstandig maaien en snoeien na instructie; op tijd komen; zelf afmelden bij ziekte'),
                 ('Verzekering', 'de school heeft een WA- en ongevallenverzekering voor stagiairs')], {}),
         ('p', 'Partijen verklaren zich akkoord met de stagevoorwaarden in de bijlage.'),
         ('sigs', ['Rol', 'Naam', 'Handtekening', 'Datum'],
          [['Leerling', 'Tygo Kremer', 'w.g. T. Kremer', '24-11-2025'], ['Ouder', 'mevr. A. Kremer', 'w.g. A. Kremer', '24-11-2025'],
           ['Stagebedrijf', 'dhr. S. Lammerse', 'w.g. S. Lammerse', '25-11-2025'], ['School', 'mevr. H. Brouns', 'w.g. H. Brouns', '24-11-2025']])]
    D.append(('none-58-stageovereenkomst', 'none', 'stageovereenkomst', 'docx', b, {'footer': 'Praktijkovereenkomst 2025-2026'}, dict(ALL_MISSING),
              'signed stage agreement with learning goals; not an OPP (signatures are for the stage, not an OPP)'))
    # 4 jobcoach report
    b = [('title', 'Voortgangsrapportage jobcoaching'), ('sub', 'Jobcoach Brakelhoorn - rapportage voor gemeente (Participatiewet)'),
         ('kv', [('Werknemer', 'Chantal Mulderij (19 jaar), oud-leerling VSO De Brug'), ('Werkgever', 'Supermarkt De Korf, Zandelo'),
                 ('Periode', 'september - december 2025')], {}),
         ('h2', 'Wat gaat goed'), ('p', 'Chantal is betrouwbaar en vriendelijk tegen klanten. Zij vult de schappen zelfstandig aan volgens de lijst.'),
         ('h2', 'Aandachtspunten'), ('p', 'Bij drukte in de winkel raakt zij gespannen. Pauzes worden samen met de leidinggevende ingepland.'),
         ('h2', 'Advies'), ('p', 'Voortzetting jobcoaching 4 uur per maand tot 1 juli 2026. Loonwaardemeting herhalen in maart.'),
         ('p', 'Jobcoach: dhr. W. Tamminga, 12-12-2025')]
    D.append(('none-59-jobcoach-rapportage', 'none', 'jobcoach-rapportage', 'txt', b, {'footer': ''}, dict(ALL_MISSING),
              'jobcoach progress report about a former pupil at work; not an OPP'))
    # 5 blank vso format (groeidocument)
    lab = {EL[k]: 'incomplete' for k in ORDER}
    lab['informatie_rechten'] = 'missing'
    b = [('title', 'Format groeidocument / OPP vso'), ('sub', 'VSO De Kompasroos - format 2025-2026 (versie 1.3)'),
         ('h1', '1. Personalia'), ('kv', [('Naam leerling', ''), ('Geboortedatum', ''), ('Leerjaar', ''), ('Mentor', ''),
                                          ('Uitstroomprofiel', '§CC§Kies een item.')], {}),
         ('h1', '2. Beeld van de leerling'), ('h2', 'Bevorderende factoren'), ('p', INSTR['VF']),
         ('h2', 'Belemmerende factoren'), ('p', INSTR['BF']), ('h2', 'Onderwijs- en ondersteuningsbehoeften'), ('p', INSTR['OB']),
         ('h1', '3. Adviezen (CvB en externe deskundigen)'), ('p', INSTR['AP']),
         ('h1', '4. Ontwikkelingsperspectief'), ('h2', 'Uitstroombestemming'),
         ('checks', [(False, 'Vervolgonderwijs'), (False, 'Arbeidsmarktgericht'), (False, 'Dagbesteding')]),
         ('h2', 'Onderbouwing'), ('p', INSTR['O']),
         ('h2', 'Afwijkingen van het onderwijsprogramma'), ('checks', [(False, 'Nee'), (False, 'Ja, namelijk: ...')]),
         ('h1', '5. Handelingsdeel'), ('h2', 'Doelen'), ('p', INSTR['D']),
         ('table', ['Wat', 'Wie', 'Hoe vaak', 'Vanaf'], [['', '', '', ''], ['', '', '', '']]),
         ('h1', '6. Transitieplan'), ('p', 'Stage, jobcoach, aanmelding vervolg, contact gemeente/UWV.'),
         ('h1', '7. Stem van de leerling'), ('p', INSTR['IL']),
         ('h1', '8. Overleg en evaluatie'), ('kv', [('Datum OOGO', '...'), ('Aanwezig', '...'), ('Evaluatie gepland op', '...')], {}),
         ('h1', '9. Vaststelling en instemming'), ('kv', [('Vastgesteld op', '__-__-____'), ('Door', '')], {}),
         ('sigs', ['Rol', 'Naam', 'Handtekening', 'Datum'], [['Ouder/verzorger of meerderjarige leerling', '', '', ''], ['Directeur', '', '', '']])]
    D.append(('blank-60-vso-format', 'vso', 'groeidocument-transitieplan (leeg format)', 'docx', b, {'footer': 'Format OPP vso', 'sdt': True}, lab,
              'empty vso format with instructions and content controls; no rights section'))
    # 6 blank pro fillable form
    lab = {EL[k]: 'incomplete' for k in ORDER}
    lab['informatie_rechten'] = 'missing'
    b = [('title', 'Beknopt OPP'), ('sub', 'Praktijkonderwijs Het Ambacht - in te vullen door de mentor'),
         ('kv', [('Naam', ''), ('Geboortedatum', ''), ('Groep/leerjaar', '')], {}),
         ('h2', 'Verwachte uitstroombestemming'),
         ('checks', [(False, 'Arbeid (met of zonder Entree/BBL)'), (False, 'Vervolgonderwijs (Entree/mbo BOL)'), (False, 'Dagbesteding')]),
         ('kv', [('Toelichting', ''), ('Onderbouwing', ''), ('Belemmerend', ''), ('Bevorderend', ''), ('Onderwijsbehoeften', ''),
                 ('Doelen', ''), ('Ondersteuning (wat/wie/hoe vaak)', ''), ('Adviezen', ''), ('Mening leerling', ''),
                 ('Besproken met ouders op', ''), ('Evaluatie', '')], {}),
         ('h2', 'Afwijkingen van het onderwijsprogramma'), ('checks', [(False, 'Geen afwijkingen'), (False, 'Wel afwijkingen, namelijk:')]),
         ('kv', [('Vastgesteld', '')], {}),
         ('h2', 'Instemming handelingsdeel'),
         ('checks', [(False, 'Ja, ik/wij stemmen in met het handelingsdeel van het OPP'), (False, 'Nee, ik/wij stemmen niet in met het handelingsdeel van het OPP')]),
         ('sigs', ['Rol', 'Naam', 'Handtekening', 'Datum'], [['Ouder/verzorger', '', '', ''], ['Directeur', '', '', '']])]
    D.append(('blank-61-pro-form', 'pro', 'beknopt-formulier (leeg)', 'form', b, {'footer': 'Beknopt OPP - Het Ambacht'}, lab,
              'empty fillable form; no rights section'))
    return D
