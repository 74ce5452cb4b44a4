# -*- coding: utf-8 -*-
from docxw import Docx, esc, t, rpr
from common import prepare, squiggle_png, domain_cells, DOMAINS
from content import ELEMENTS, dshort, dlong, P, INSTR

HEAD_L1 = {
    'uitstroombestemming': "Verwachte uitstroombestemming", 'onderbouwing': "Onderbouwing van de uitstroombestemming",
    'belemmerende_factoren': "Belemmerende factoren", 'bevorderende_factoren': "Bevorderende factoren",
    'ondersteuningsbehoefte': "Onderwijs- en ondersteuningsbehoeften", 'doelen': "Doelen voor de komende periode",
    'ondersteuning': "Handelingsdeel: te bieden ondersteuning en begeleiding",
    'afwijkingen_onderwijsprogramma': "Afwijkingen van het onderwijsprogramma", 'adviezen_professionals': "Adviezen van deskundigen",
    'inbreng_leerling': "Inbreng van de leerling", 'oogo': "Op overeenstemming gericht overleg (OOGO)", 'evaluatie': "Evaluatie",
    'vaststelling': "Vaststelling", 'instemming_ouders': "Instemming met het handelingsdeel", 'informatie_rechten': "Uw rechten als ouder",
}
ORDER_L1 = ['uitstroombestemming', 'onderbouwing', 'belemmerende_factoren', 'bevorderende_factoren', 'ondersteuningsbehoefte',
            'doelen', 'ondersteuning', 'afwijkingen_onderwijsprogramma', 'adviezen_professionals', 'inbreng_leerling', 'oogo',
            'evaluatie', 'vaststelling', 'instemming_ouders', 'informatie_rechten']


def sig_table(d, rows, c):
    k = getattr(d, 'sig_width', 9600) / 9600
    widths = [int(w * k) for w in (2900, 2700, 1500, 2500)]
    out = [[dict(xml=d.p(d.run(h, 'b'))) for h in ("Wie", "Naam", "Datum", "Handtekening")]]
    for r in rows:
        m = r['mark']
        if m == 'wg':
            sig = d.p(d.run("w.g. " + r['name'].split(' - ')[0], 'i'))
        elif m in ('img', 'hand'):
            sig = d.p(d.image(squiggle_png(c.name + r['role']), 1600000, 480000))
        else:
            sig = d.p('')
        date = d.p(d.run(r['date'])) if r['date'] else d.p(d.run("", 'n'))
        out.append([d.p(d.run(r['role'])), d.p(d.run(r['name'])), date, sig])
    return d.table(out, widths, header_rows=1)


def blocks_xml(d, blocks, c, field=False):
    x = []
    for b in blocks:
        k = b[0]
        if k == 'p':
            x.append(d.p(d.runs(b[1], field=field)))
        elif k == 'checks':
            for label, ch in b[1]:
                x.append(d.p(d.checkbox(ch) + d.run(" " + label)))
        elif k == 'dd':
            _, label, opts, idx = b
            dd = d.formdropdown(opts, idx) if d.fill == 'legacy' else d.sdt_dropdown(opts, idx)
            x.append(d.p(d.run(label + ": ", 'b') + dd))
        elif k == 'sig':
            x.append(sig_table(d, b[1], c))
            x.append(d.p(''))
        elif k == 'comment':
            x.append(d.p(d.comment(d.runs(b[1]), b[2])))
    return ''.join(x)


def toc_xml(d, entries):
    paras = []
    for i, (title, page) in enumerate(entries):
        inner = ''
        if i == 0:
            inner += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        inner += f'<w:r>{t(title)}</w:r><w:r><w:tab/></w:r><w:r>{t(str(page))}</w:r>'
        if i == len(entries) - 1:
            inner += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        paras.append(d.p(inner, 'TOC1'))
    return d.p(d.run("Inhoud"), 'TOCHeading') + ''.join(paras)


def footer_pages(d, left):
    return d.p(d.run(left + "    pagina ", size=16) + '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
               + d.run(" van ", size=16) + '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>', 'Small')


def extras_xml(d, spec, c, where):
    x = ''
    ex = spec.get('extras', ())
    if where == 'end' and 'opmerkingen_placeholder' in ex:
        x += d.p(d.run("Overige opmerkingen"), 'Heading1') + d.p(d.sdt_text(None) if d.fill != 'legacy' else d.formtext(''))
    if where == 'end' and 'bijlagen' in ex:
        x += d.p(d.run("Bijlagen"), 'Heading1') + d.p(d.run("1. Verslag psychologisch onderzoek  2. Toetsoverzicht LVS  3. Verslag OOGO"))
    return x


def l1_numbered(spec, c, path):
    """SWV format: numbered sections, content controls, TOC, header/footer with school data."""
    d = Docx()
    d.cb, d.fill = 'sdt', 'sdt'
    el = prepare(spec, c)
    ex = spec.get('extras', ())
    d.header = d.table([[d.p(d.run(c.school, 'b', size=18)) + d.p(d.run(f"Schoolstraat {c.r.randint(2,90)}, {c.place}", size=16)),
                         d.p(d.run("Ontwikkelingsperspectiefplan", size=16), jc='right') + d.p(d.run(c.swv, size=16), jc='right')]],
                       [4800, 4800], borders=False) + d.p('')
    d.footer = footer_pages(d, f"OPP {c.name} · vertrouwelijk")
    body = [d.p(d.run("Ontwikkelingsperspectiefplan"), 'Title'),
            d.p(d.run(f"Schooljaar {c.date_set.year if c.date_set.month>=8 else c.date_set.year-1}-{(c.date_set.year if c.date_set.month>=8 else c.date_set.year-1)+1}", 'i'))]
    secs = [e for e in ORDER_L1 if el[e][1] is not None or spec['v'].get(e) == 'toc_only']
    entries = [("1. Gegevens van de leerling", 1)] + [(f"{i+2}. {HEAD_L1[e]}", 1 + (i+2)//4) for i, e in enumerate(secs)]
    body.append(toc_xml(d, entries))
    body.append(d.p('<w:r><w:br w:type="page"/></w:r>'))
    body.append(d.p(d.run("1. Gegevens van de leerling"), 'Heading1'))
    rows = [("Naam leerling", d.sdt_text(c.name)), ("Geboortedatum", d.sdt_date(c.birth.isoformat(), dshort(c.birth))),
            ("Groep/klas", d.sdt_text(c.group)), ("School", d.sdt_text(c.school)),
            ("Datum OPP", d.sdt_date(c.date_set.isoformat(), dshort(c.date_set))),
            ("Opgesteld door", d.sdt_text(f"{c.ib} (intern begeleider)"))]
    if 'gegevens_placeholder' in ex:
        rows.append(("Telefoon ouders", d.sdt_text(None)))
    body.append(d.table([[dict(xml=d.p(d.run(a, 'b'))), dict(xml=d.p(b))] for a, b in rows], [3000, 6600], shade_first_col=True))
    num = 2
    for e in secs:
        st, bl = el[e]
        if bl is None:
            continue
        body.append(d.p(d.run(f"{num}. {HEAD_L1[e]}"), 'Heading1'))
        num += 1
        if 'hidden_instr' in ex:
            body.append(d.p(d.run(INSTR[e], 'hid')))
        body.append(blocks_xml(d, bl, c))
        if e == 'ondersteuning' and 'ins_extra' in ex:
            body.append(d.p(d.run(f"Vanaf januari neemt {c.first} ook deel aan de sociale-vaardigheidstraining (8 bijeenkomsten).", 'ins')))
    body.append(extras_xml(d, spec, c, 'end'))
    d.save(path, ''.join(body), title=f"OPP {c.name}")


def l2_domain(spec, c, path):
    """Landscape groeidocument-style tables: merged cells, repeating header rows, nested goal table, comments, tracked changes."""
    d = Docx()
    d.cb, d.fill, d.landscape = 'sdt', 'plain', True
    el = prepare(spec, c)
    ex = spec.get('extras', ())
    W = 14570
    d.header = d.p(d.run(f"{c.school} · {c.place} · Ontwikkelingsperspectief {c.name}", size=16), 'Small')
    d.footer = footer_pages(d, f"Groeidocument/OPP · {c.swv}")
    body = [d.p(d.run(f"Groeidocument met ontwikkelingsperspectief — {c.name}"), 'Title')]
    gx = lambda s: dict(xml=d.p(d.run(s)))
    gb = lambda s: dict(xml=d.p(d.run(s, 'b')))
    body.append(d.table([
        [dict(xml=d.p(d.run("Gegevens", 'b')), span=4, fill='D9E2F3')],
        [gb("Naam"), gx(c.name), gb("Geboortedatum"), gx(dshort(c.birth))],
        [gb("School"), gx(c.school), gb("Groep/klas"), gx(c.group)],
        [gb("Datum opstellen"), gx(dshort(c.date_set - __import__('datetime').timedelta(days=14))), gb("Intern begeleider"), gx(c.ib)],
    ], [2400, 4885, 2400, 4885]))
    body.append(d.p(''))
    # uitstroom table with merged cells
    rows = []
    for e, lab in (('uitstroombestemming', "Uitstroombestemming"), ('onderbouwing', "Onderbouwing")):
        st, bl = el[e]
        if bl is None:
            continue
        inner = blocks_xml(d, bl, c)
        if e == 'uitstroombestemming' and 'comment_extra' in ex and st == 'present':
            inner = d.p(d.comment(d.run(""), "Klopt dit nog na de NIO-uitslag? — mentor") ) + inner
        rows.append([gb(lab), dict(xml=inner, span=3)])
    if rows:
        body.append(d.p(d.run("Ontwikkelingsperspectief"), 'Heading1'))
        body.append(d.table(rows, [2400, 4885, 2400, 4885]))
    # domain table
    cols = [("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
            ("ondersteuningsbehoefte", "Onderwijsbehoeften: … heeft nodig")]
    cells = [(lab, domain_cells(e, el[e], c)) for e, lab in cols]
    cells = [(lab, cc) for lab, cc in cells if cc is not None]
    body.append(d.p(d.run("Leerlingbeeld per domein"), 'Heading1'))
    wcol = (W - 2600) // max(1, len(cells))
    trs = [[gb("Domein")] + [gb(lab) for lab, _ in cells]]
    for i, dom in enumerate(DOMAINS):
        trs.append([gb(dom)] + [dict(xml=d.p(d.runs(cc[i]))) for _, cc in cells])
    body.append(d.table(trs, [2600] + [wcol] * len(cells), header_rows=1))
    # handelingsdeel with nested goal table
    body.append(d.p(d.run("Handelingsdeel"), 'Heading1'))
    hrows = []
    st, bl = el['doelen']
    if bl is not None:
        if st == 'present':
            nested = d.table([[gb("Nr."), gb("Doel"), gb("Meetbaar via")]] +
                             [[gx(str(i+1)), dict(xml=d.p(d.runs([(b[1][0][0].split('. ', 1)[1], 'n')]))), gx(["AVI-toets", "methodetoets blok 4", "observatie"][i])]
                              for i, b in enumerate(bl)], [700, 6000, 2600], header_rows=1)
        else:
            nested = blocks_xml(d, bl, c)
        hrows.append([gb("Doelen"), dict(xml=nested)])
    for e, lab in (('ondersteuning', "Ondersteuning en begeleiding (wat, wie, hoe vaak, vanaf)"),
                   ('afwijkingen_onderwijsprogramma', "Afwijkingen onderwijsprogramma"),
                   ('adviezen_professionals', "Adviezen externe deskundigen"), ('inbreng_leerling', "Inbreng leerling"),
                   ('oogo', "Overleg met ouders (OOGO)"), ('evaluatie', "Evaluatie")):
        st, bl = el[e]
        if bl is None:
            continue
        inner = blocks_xml(d, bl, c)
        if e == 'ondersteuning' and 'ins_extra' in ex:
            inner += d.p(d.run(f"Vanaf januari ook deelname aan de sova-training (8 bijeenkomsten, door {c.other}).", 'ins'))
        if e == 'ondersteuning' and 'del_extra' in ex:
            inner += d.p(d.run("Eenmaal per week begeleiding door de remedial teacher.", 'del'))
        hrows.append([gb(lab), dict(xml=inner)])
    body.append(d.table(hrows, [3000, W - 3000]))
    for e, lab in (('vaststelling', "Vaststelling"), ('instemming_ouders', "Instemming ouders"), ('informatie_rechten', "Rechten van ouders")):
        st, bl = el[e]
        if bl is None:
            continue
        body.append(d.p(d.run(lab), 'Heading1'))
        body.append(blocks_xml(d, bl, c))
    body.append(extras_xml(d, spec, c, 'end'))
    d.save(path, ''.join(body), title=f"Groeidocument {c.name}")


HEAD_L3 = {
    'uitstroombestemming': "Te verwachten uitstroom", 'onderbouwing': "Onderbouwing", 'belemmerende_factoren': "Belemmerende factoren",
    'bevorderende_factoren': "Stimulerende factoren", 'ondersteuningsbehoefte': "Onderwijsbehoeften",
    'ondersteuning': "Individuele begeleiding (handelingsdeel)", 'afwijkingen_onderwijsprogramma': "Afwijking van het programma",
    'doelen': "Doelen", 'adviezen_professionals': "Advies externe deskundigen", 'oogo': "OOGO met ouders",
    'inbreng_leerling': "Mening leerling", 'evaluatie': "Evaluatiedata", 'vaststelling': "Vastgesteld (datum/door)",
    'instemming_ouders': "Ondertekening", 'informatie_rechten': "Informatie voor ouders",
}


def l3_legacy(spec, c, path, blank=False):
    """Old .doc-style form: legacy form fields (FORMTEXT, FORMCHECKBOX, FORMDROPDOWN), frame, VML text box."""
    d = Docx()
    d.cb, d.fill = 'legacy', 'legacy'
    d.sig_width = 6500
    el = prepare(spec, c)
    d.header = d.p(d.run(f"{c.school} | {c.place} | tel. 0{c.r.randint(100,599)}-{c.r.randint(100000,999999)}", size=16), 'Small')
    d.footer = d.p(d.run("Formulier OPP versie 3.2 (2019) — na invullen opslaan in het leerlingdossier", size=14), 'Small')
    body = [d.frame_p(d.run("VERTROUWELIJK — alleen delen met toestemming van ouders", 'b', size=16)),
            d.p(d.run("Ontwikkelingsperspectief (OPP)"), 'Title')]
    body.append(d.textbox(d.p(d.run("Instructie: vul alle grijze velden in. Gebruik de tab-toets om naar het volgende veld te gaan. "
                                    "Het OPP wordt binnen zes weken na plaatsing vastgesteld na overleg met ouders.", 'i', size=18)), 440, 60))
    fv = lambda s: d.formtext('' if blank else s)
    rows = [[dict(xml=d.p(d.run("Naam leerling", 'b'))), dict(xml=d.p(fv(c.name)))],
            [dict(xml=d.p(d.run("Geboortedatum", 'b'))), dict(xml=d.p(fv(dshort(c.birth))))],
            [dict(xml=d.p(d.run("Groep / klas", 'b'))), dict(xml=d.p(fv(c.group)))],
            [dict(xml=d.p(d.run("Ingevuld door", 'b'))), dict(xml=d.p(fv(c.ib)))]]
    for e in ['uitstroombestemming', 'onderbouwing', 'belemmerende_factoren', 'bevorderende_factoren', 'ondersteuningsbehoefte',
              'doelen', 'ondersteuning', 'afwijkingen_onderwijsprogramma', 'adviezen_professionals', 'oogo', 'inbreng_leerling',
              'evaluatie', 'vaststelling', 'informatie_rechten', 'instemming_ouders']:
        st, bl = el[e]
        if bl is None:
            continue
        rows.append([dict(xml=d.p(d.run(HEAD_L3[e], 'b'))), dict(xml=blocks_xml(d, bl, c, field=True) or d.p(d.formtext('')))])
    body.append(d.table(rows, [2900, 6700], shade_first_col=True))
    d.save(path, ''.join(body), title="Formulier OPP")


def l9_vso(spec, c, path):
    """Perspectiefplan vso/pro: profile drop-down content control, text box with the pupil's own words, hidden instructions."""
    d = Docx()
    d.cb, d.fill = 'sdt', 'sdt'
    el = prepare(spec, c)
    ex = spec.get('extras', ())
    d.header = d.p(d.run(f"{c.school} · Perspectiefplan {c.name} · {c.group}", size=16), 'Small')
    d.footer = footer_pages(d, f"{c.school}, {c.place}")
    body = [d.p(d.run("Perspectiefplan"), 'Title'),
            d.p(d.run(f"{c.name}, geboren {dshort(c.birth)}" + (" — meerderjarig" if (c.adult or c.curatele) else ""), 'b'))]
    def sec(e, title):
        st, bl = el[e]
        if bl is None:
            return
        body.append(d.p(d.run(title), 'Heading1'))
        body.append(d.p(d.run("[Instructie: " + INSTR[e] + "]", 'hid')))
        if e == 'inbreng_leerling':
            body.append(d.textbox(d.p(d.run("Mijn toekomst — in mijn eigen woorden", 'b')) + (blocks_xml(d, bl, c) or d.p('')), 440, 110))
        else:
            body.append(blocks_xml(d, bl, c))
    sec('uitstroombestemming', "1. Uitstroomprofiel en -bestemming")
    sec('onderbouwing', "2. Onderbouwing")
    body.append(d.p(d.run("3. Leerlingbeeld"), 'Heading1'))
    for e, lab in (('belemmerende_factoren', "Wat belemmert"), ('bevorderende_factoren', "Wat helpt (beschermende factoren)")):
        st, bl = el[e]
        if bl is not None:
            body.append(d.p(d.run(lab), 'Heading2'))
            body.append(blocks_xml(d, bl, c))
    sec('ondersteuningsbehoefte', "4. Ondersteuningsbehoeften")
    sec('inbreng_leerling', "5. Wat vind ik zelf?")
    # nested table: goals with transition/stage
    st, bl = el['doelen']
    if bl is not None:
        body.append(d.p(d.run("6. Doelen en begeleiding"), 'Heading1'))
        if st == 'present':
            inner = d.table([[dict(xml=d.p(d.run(f"Doel {i+1}", 'b'))), dict(xml=d.p(d.runs([(b[1][0][0].split('. ', 1)[1], 'n')])))]
                             for i, b in enumerate(bl)], [1200, 7000])
        else:
            inner = blocks_xml(d, bl, c)
        sb = el['ondersteuning'][1]
        body.append(d.table([[dict(xml=d.p(d.run("Doelen", 'b'))), dict(xml=inner)],
                             [dict(xml=d.p(d.run("Begeleiding", 'b'))), dict(xml=blocks_xml(d, sb, c) if sb is not None else d.p(''))]],
                            [1400, 8200]))
    else:
        sec('ondersteuning', "6. Begeleiding")
    sec('afwijkingen_onderwijsprogramma', "7. Afwijkingen van het programma")
    sec('adviezen_professionals', "8. Adviezen (o.a. commissie voor de begeleiding)")
    sec('oogo', "9. Overleg")
    sec('evaluatie', "10. Evaluatie")
    sec('vaststelling', "11. Vaststelling")
    sec('instemming_ouders', "12. Instemming handelingsdeel")
    sec('informatie_rechten', "13. Rechten")
    if 'white_extra' in ex:
        body.append(d.p(d.run("Concept — niet versturen. Nog bespreken in zorgteam.", 'white')))
    body.append(extras_xml(d, spec, c, 'end'))
    d.save(path, ''.join(body), title=f"Perspectiefplan {c.name}")


def newsletter(path):
    d = Docx()
    d.header = d.p(d.run("Nieuwsbrief OBS De Kwakel — december", size=16), 'Small')
    body = [d.p(d.run("De Kwakelkrant"), 'Title'), d.p(d.run("Nummer 4 · december", 'i')),
            d.p(d.run("Kerstviering"), 'Heading1'),
            d.p(d.run("Op donderdag 18 december vieren we kerst met een buffet. Op de intekenlijst bij de deur kunt u aangeven wat u meeneemt.")),
            d.p(d.run("Gesprekken over ontwikkelingsperspectieven"), 'Heading1'),
            d.p(d.run("Voor een aantal leerlingen stellen we een ontwikkelingsperspectiefplan (OPP) op. Daarin staan de verwachte "
                      "uitstroombestemming, de onderbouwing, de belemmerende en bevorderende factoren en de ondersteuning die de school biedt. "
                      "Ouders worden vooraf uitgenodigd voor een gesprek (op overeenstemming gericht overleg) en stemmen in met het handelingsdeel. "
                      "Sinds dit schooljaar vragen we ook de leerling zelf naar zijn of haar mening. Het plan wordt ieder jaar geëvalueerd.")),
            d.p(d.run("Heeft u vragen over uw rechten? U kunt terecht bij de intern begeleider of bij het ouder- en jeugdsteunpunt van het "
                      "samenwerkingsverband. Meer informatie vindt u in de schoolgids.")),
            d.table([[dict(xml=d.p(d.run("Agenda", 'b')), span=2)],
                     ["<w:p><w:r><w:t>18 dec</w:t></w:r></w:p>", "<w:p><w:r><w:t>Kerstviering, 17.00-19.00 uur</w:t></w:r></w:p>"],
                     ["<w:p><w:r><w:t>19 dec</w:t></w:r></w:p>", "<w:p><w:r><w:t>Alle leerlingen om 12.00 uur vrij</w:t></w:r></w:p>"],
                     ["<w:p><w:r><w:t>5 jan</w:t></w:r></w:p>", "<w:p><w:r><w:t>Eerste schooldag; studiedag team op 23 januari</w:t></w:r></w:p>"]],
                    [2000, 7600])]
    d.save(path, ''.join(body), title="Nieuwsbrief")


def blank_l1(c, path):
    """Empty SWV format: all content controls show their placeholder; no sections for inbreng and rights (older version)."""
    d = Docx()
    d.cb, d.fill = 'sdt', 'sdt'
    d.header = d.p(d.run("[Naam school] · [Adres]", size=16), 'Small')
    d.footer = footer_pages(d, "Format OPP · samenwerkingsverband · versie 2024-1")
    body = [d.p(d.run("Ontwikkelingsperspectiefplan"), 'Title'), d.p(d.run("Format — in te vullen door de school", 'i')),
            d.p(d.run("1. Gegevens van de leerling"), 'Heading1')]
    body.append(d.table([[dict(xml=d.p(d.run(a, 'b'))), dict(xml=d.p(b))] for a, b in
                         [("Naam leerling", d.sdt_text(None)), ("Geboortedatum", d.sdt_date(None, '')), ("Groep", d.sdt_text(None)),
                          ("Datum OPP", d.sdt_date(None, ''))]], [3000, 6600], shade_first_col=True))
    num = 2
    for e in ORDER_L1:
        if e in ('inbreng_leerling', 'informatie_rechten'):
            continue
        body.append(d.p(d.run(f"{num}. {HEAD_L1[e]}"), 'Heading1'))
        num += 1
        body.append(d.p(d.run(INSTR[e], 'instr')))
        if e == 'afwijkingen_onderwijsprogramma':
            body.append(d.p(d.checkbox(False) + d.run(" Geen afwijkingen")) + d.p(d.checkbox(False) + d.run(" Wel, namelijk: ") + d.sdt_text(None)))
        elif e == 'instemming_ouders':
            body.append(sig_table(d, [dict(role="Ouder/verzorger 1", name="", date="", mark=""), dict(role="Ouder/verzorger 2", name="", date="", mark=""),
                                      dict(role="Directeur", name="", date="", mark="")], c))
        elif e == 'vaststelling':
            body.append(d.p(d.run("Datum vaststelling: ") + d.sdt_date(None, '')) + d.p(d.run("Door: ") + d.sdt_text(None)))
        else:
            body.append(d.p(d.sdt_text(None)))
    d.save(path, ''.join(body), title="Format OPP")
