# -*- coding: utf-8 -*-
"""The documents of the set.  v = element variants that differ from "ok"."""

S = {}  # school shorthands
S["po1"] = ("OBS De Wilgenhoek", "Kreekwijk")
S["po2"] = ("CBS Het Klaverblad", "Oosterveld")
S["po3"] = ("Dorpsschool De Meidoorn", "Hamelo")
S["po4"] = ("Basisschool De Zandloper", "Berkenrade")
S["sbo1"] = ("SBO De Kompasroos", "Zuidmeer")
S["sbo2"] = ("SBO Het Baken", "Lindehove")
S["sbo3"] = ("sbo De Vlonder", "Oosterveld")
S["so1"] = ("De Zeilmaker, school voor so en vso (cluster 4)", "Kreekwijk")
S["so2"] = ("SO De Vlinderboom", "Berkenrade")
S["so3"] = ("SO De Horizonlijn", "Hamelo")
S["vo1"] = ("Lindecollege, vmbo", "Lindehove")
S["vo2"] = ("Scholengemeenschap Het Kreekland", "Kreekwijk")
S["vo3"] = ("Oosterveld Lyceum", "Oosterveld")
S["pro1"] = ("Praktijkschool Het Ambacht", "Zuidmeer")
S["pro2"] = ("PrO De Werkplaats", "Oosterveld")
S["pro3"] = ("Praktijkcollege Berkenrade", "Berkenrade")
S["vso1"] = ("De Zeilmaker, vso", "Kreekwijk")
S["vso2"] = ("VSO De Brugwachter", "Lindehove")
S["vso3"] = ("Esdoornschool, vso zml", "Hamelo")


def sc(k):
    return {"school": S[k][0], "place": S[k][1]}


BIRTH = {"po": (2016, 3, 14), "sbo": (2015, 6, 2), "so": (2014, 11, 23), "vo": (2012, 9, 30), "pro": (2010, 1, 17),
         "vso": (2008, 5, 9)}

A = []


def doc(id, st, layout, fmt, first, last, school, d_set, v=None, girl=False, **kw):
    d = dict(id=id, st=st, layout=layout, fmt=fmt, first=first, last=last, girl=girl, d_set=d_set, v=v or {},
             birth=kw.pop("birth", BIRTH[st]))
    d.update(sc(school))
    d.update(kw)
    A.append(d)


# ===================== complete and correct plans =========================
doc("po-01-swv-compleet", "po", "swv-genummerd", "pdf-word", "Daan", "Veldkamp", "po1", (2025, 10, 14),
    {"instemming_ouders": "sig_tick"}, note="Volledig OPP groep 6; instemming met aangekruist vakje + handtekening (afbeelding) + datum.")
doc("sbo-02-domein-compleet-2024", "sbo", "domeintabel", "docx", "Emre", "Yildiz", "sbo1", (2024, 10, 8),
    {"instemming_ouders": "wg", "inbreng_leerling": "na"},
    note="Volledig plan van 2024 (voor 1-8-2025, inbreng leerling n.v.t.); factoren per domein; instemming als 'w.g.'-afschrift met datum.")
doc("so-03-historie-compleet", "so", "jaarhistorie", "pdf-word", "Milan", "de Bruijn", "so1", (2025, 10, 13),
    {"adviezen_professionals": "annex_ok", "instemming_ouders": "sig_image"},
    history=[("1", (2021, 11, 2), "Eerste OPP na plaatsing (TLV cat. 1)"),
             ("2", (2022, 10, 11), "Jaarlijkse evaluatie; doelen gedrag bijgesteld"),
             ("3", (2023, 10, 10), "Aangepast rooster afgebouwd naar 22 uur"),
             ("4", (2024, 10, 8), "Uitstroomprofiel gewijzigd van arbeidsmarktgericht naar vervolgonderwijs"),
             ("5", (2025, 10, 13), "Jaarlijkse evaluatie; handelingsdeel 2025-2026; inbreng Milan toegevoegd")],
    uitstroom_history="In versie 1 t/m 3 werd uitstroom naar het vso-profiel arbeidsmarktgericht verwacht; sinds versie 4 (oktober 2024) is dit bijgesteld naar vervolgonderwijs vanwege de sterke groei bij rekenen en lezen.",
    eval_tables=[("Evaluatie periode 2, 2024-2025 (16 juni 2025, met ouders)",
                  [["Time-outkaart gebruiken", "in 3 van 5 situaties", "doel blijft, aangescherpt"],
                   ["Rekenen blok 4", "behaald (84%)", "door naar blok 5"]]),
                 ("Evaluatie periode 1, 2024-2025 (4 februari 2025, met ouders)",
                  [["Zelfstandig werken 15 min", "behaald", "verhoogd naar 20 min"]])],
    annexes=[("Bijlage 2 \u2013 Adviezen van deskundigen",
              ["Kinder- en jeugdpsychiater dr. P. Wassink (brief 3 maart 2025): voorspelbare dagstructuur, spanningssignalen vroeg benoemen, geen verandering van medicatie tijdens de overgang naar het nieuwe lokaal.",
               "Advies commissie voor de begeleiding (23 september 2025): de CvB onderschrijft het bijgestelde uitstroomprofiel vervolgonderwijs en adviseert de Training Agressie Regulatie voort te zetten.",
               "Wat de school ermee doet: beide adviezen zijn verwerkt in B2 (ondersteuning) en in de doelen B1."])],
    note="Plan sinds 2021 met jaarlijkse revisies (versiebeheer), evaluatietabellen per periode, uitstroomprofiel gewijzigd in 2024; adviezen via 'zie bijlage 2' en bijlage 2 zit in het document (dus aanwezig).")
doc("vso-04-volwassen-compleet", "vso", "vso-profiel", "docx", "Lotte", "Hazelaar", "vso2", (2025, 11, 3),
    {"instemming_ouders": "adult_self", "inbreng_leerling": "na"}, girl=True, adult=True, birth=(2006, 8, 21),
    inbreng_text="Ik wil in een klein magazijn werken en later op mezelf wonen. Ik wil niet meer elke dag naar school, liever meer stagedagen.",
    note="Meerderjarige, handelingsbekwame leerling (19) tekent zelf; inbreng leerling n.v.t. (zij is zelf partij) hoewel haar wensen erin staan.")
doc("vso-05-curatele-compleet", "vso", "vso-profiel", "pdf", "Jesse", "Ouwehand", "vso3", (2025, 10, 20),
    {"instemming_ouders": "curator"}, curatele=True, birth=(2007, 2, 11), mother="mevr. W. Ouwehand",
    uitstroom="Uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding op zorgboerderij De Hooiberg, 4 dagen per week.",
    uitstroom_pick="dagbesteding",
    onderbouwing="Jesse (18) functioneert op zeer moeilijk lerend niveau (IQ rond 45, onderzoek 2022). Op de interne werkplaats en de oriënterende stage op de zorgboerderij werkt hij met veel begeleiding ongeveer een uur achter elkaar aan vaste taken. Een productie-eis is niet haalbaar; arbeidsmatige dagbesteding past bij zijn mogelijkheden.",
    afwijking="Jesse volgt het programma van het profiel dagbesteding: twee dagen per week werkplaats op school, twee dagen oriënterende stage op de zorgboerderij, één dag lessen praktische redzaamheid. Geen examenvakken.",
    inbreng_q="Ik wil bij de dieren werken. Niet te lang binnen zitten.",
    inbreng_eff="Daarom is de stage op de zorgboerderij uitgebreid met de dierenverzorging en is de binnentijd ingekort.",
    note="Leerling 18 jaar onder curatele: curator (moeder) stemt in; inbreng leerling vereist en aanwezig.")
doc("pro-06-export-compleet", "pro", "systeem-export", "pdf", "Kevin", "Smeets", "pro1", (2025, 9, 29),
    {"instemming_ouders": "digital"}, note="Systeemexport met voettekst; instemming digitaal ondertekend via ouderportaal (tekst, geen handtekeningafbeelding).")
doc("po-07-brief-compleet", "po", "brief", "txt", "Noor", "Wijnands", "po3", (2025, 11, 10),
    {"instemming_ouders": "prose_signed"}, girl=True, adres="Meidoornstraat 2",
    note="Brief van kleine dorpsschool zonder kopjes; alle onderdelen als alinea's; instemming vermeld met datum, handtekening in txt als 'w.g.'.")
doc("sbo-08-eigen-compleet", "sbo", "eigen-woorden", "odt", "Sara", "Lambrechts", "sbo3", (2025, 9, 22),
    {"instemming_ouders": "email"}, girl=True,
    note="Eigen koppen van de school ('De stip op de horizon', 'Wie doet wat'); instemming per e-mail vastgelegd met datum.")
doc("vso-09-historie-compleet", "vso", "jaarhistorie", "docx", "Rik", "Jongbloed", "vso1", (2025, 10, 6),
    {"instemming_ouders": "sig_tick"},
    uitstroom="Uitstroomprofiel arbeidsmarktgericht: werk in de logistiek (magazijn), met jobcoach.",
    uitstroom_history="Gewijzigd bij versie 3 (september 2024): tot dan toe stond profiel vervolgonderwijs (mbo niveau 2 Logistiek) in het plan. Rik haalde de theorievakken niet en bloeide op tijdens de stage; ouders en Rik stemden in met de wijziging.",
    history=[("1", (2022, 10, 3), "Eerste OPP vso, profiel vervolgonderwijs"),
             ("2", (2023, 10, 2), "Jaarlijkse evaluatie"),
             ("3", (2024, 9, 30), "Uitstroomprofiel gewijzigd naar arbeidsmarktgericht"),
             ("4", (2025, 10, 6), "Nieuw handelingsdeel 2025-2026")],
    eval_tables=[("Periode 3 (juni 2025) \u2013 besproken met ouders en Rik op 19-06-2025",
                  [["4 uur stage aaneen", "3 uur gehaald", "doel blijft"], ["Orderpickcertificaat theorie", "behaald", "praktijkdeel volgt"]]),
                 ("Periode 2 (februari 2025) \u2013 besproken met ouders op 11-02-2025",
                  [["Zelfstandig naar stage fietsen", "behaald", "volgende stap: bus"]])],
    note="Plan sinds 2022, profiel gewijzigd van vervolgonderwijs naar arbeidsmarktgericht, evaluatietabellen per periode.")
doc("pro-10-schoolwissel-compleet", "pro", "jaarhistorie", "pdf-word", "Bram", "Heijligers", "pro2", (2025, 11, 17),
    {"instemming_ouders": "sig_image"},
    school_change="Bram stroomde op 1 oktober 2025 in vanuit het Lindecollege (vmbo-bb met lwoo). Het OPP van de vorige school (versie 2, mei 2025) is overgenomen en op 17 november 2025 herzien voor het praktijkonderwijs. Onderdelen die niet meer passen zijn vervangen; de oude uitstroom (vmbo-bb diploma) vervalt.",
    uitstroom="Arbeid: betaald werk bij een hoveniersbedrijf, eventueel met een Entree-opleiding via BBL.",
    uitstroom_history="Vorige school: verwachte uitstroom vmbo-bb met diploma (OPP mei 2025). Bijgesteld na de overstap naar het praktijkonderwijs.",
    history=[("1", (2024, 10, 15), "OPP Lindecollege (vmbo-bb met lwoo)"),
             ("2", (2025, 5, 20), "Evaluatie Lindecollege; advies overstap praktijkonderwijs"),
             ("3", (2025, 11, 17), "Herzien na schoolwissel naar PrO De Werkplaats")],
    eval_tables=[("Evaluatie vorige school (20 mei 2025, met ouders en Bram)",
                  [["Voldoende voor praktijkvak", "behaald", "\u2014"], ["Rekenen 1F", "niet behaald", "overstap PrO"]])],
    note="Plan herzien na schoolwissel van vmbo naar pro; uitstroom veranderd; handtekeningen ouders als afbeelding.")
doc("vo-11-groei-compleet", "vo", "groeidocument", "pdf", "Yasmina", "El Amrani", "vo2", (2025, 10, 28),
    {"instemming_ouders": "sig_tick", "afwijkingen_onderwijsprogramma": "ok"}, girl=True,
    loopbaan="Yasmina kwam in 2024 van basisschool De Zandloper met advies kader; in leerjaar 1 is dyscalculie vastgesteld.",
    note="Groeidocument waarin het OPP hoofdstukken 4-6 vormt.")
doc("so-12-vragen-compleet-2024", "so", "vraagkoppen", "odt", "Fenna", "Rozendaal", "so2", (2024, 11, 25),
    {"instemming_ouders": "wg", "inbreng_leerling": "na"}, girl=True,
    note="Vraagkoppen; plan van november 2024, niet herzien na 1-8-2025 (inbreng n.v.t.).")
doc("vo-13-formulier-compleet", "vo", "beknopt-formulier", "pdf-form", "Thijs", "van Oorschot", "vo1", (2025, 10, 1),
    {"instemming_ouders": "sig_tick", "afwijkingen_onderwijsprogramma": "na"}, uitstroom_pick="vmbo-kb",
    note="Invulbaar PDF-formulier: alle antwoorden staan in formuliervelden (AcroForm) en aangevinkte selectievakjes; handtekening als afbeelding.")
doc("po-14-scan-compleet", "po", "swv-genummerd", "scan-word", "Lars", "Peeters", "po4", (2025, 10, 27),
    {"instemming_ouders": "sig_image"}, note="Scan (beeld-PDF) van een volledig OPP; handtekeningen alleen als beeld.")
doc("vso-15-scan-compleet", "vso", "domeintabel", "scan-pdf", "Iris", "Kamphuis", "vso1", (2025, 9, 15),
    {"instemming_ouders": "sig_tick"}, girl=True,
    uitstroom="Vervolgonderwijs: mbo niveau 2 Helpende Zorg en Welzijn (profiel vervolgonderwijs).",
    onderbouwing="Iris haalde in vso-3 en vso-4 voldoendes voor Nederlands (2F) en rekenen (1F). Haar stage in het verzorgingshuis De Vijverhof werd goed beoordeeld. Zij kan de theorie van mbo 2 aan als de lesstof gestructureerd wordt aangeboden.",
    afwijking="Iris volgt het examenprogramma van het profiel vervolgonderwijs met een verlengd traject: Nederlands en rekenen op 2F/1F, één stagedag per week in de zorg; geen Engels.",
    inbreng_q="Ik wil de zorg in, maar niet in een groot ziekenhuis. Ik vind het eng als er veel mensen tegelijk praten.",
    inbreng_eff="Daarom is gekozen voor een stage in een kleinschalige woonvorm en is een kennismaking met de mbo-opleiding in een kleine klas gepland.",
    note="Scan van domeintabel-plan vso, profiel vervolgonderwijs, 17-jarige leerling (ouders tekenen).")
doc("sbo-16-brief-compleet-2024", "sbo", "brief", "pdf-word", "Ties", "Vermeulen", "sbo2", (2024, 3, 11),
    {"instemming_ouders": "sig_image", "afwijkingen_onderwijsprogramma": "na", "inbreng_leerling": "na"},
    afw_na="Ties volgt het gewone programma van zijn groep; er zijn geen afwijkingen.",
    note="Briefvorm, maart 2024; expliciet geen afwijkingen (n.v.t.); inbreng n.v.t. (voor 1-8-2025).")
doc("pro-17-vragen-compleet", "pro", "vraagkoppen", "txt", "Dewi", "Sastro", "pro3", (2025, 10, 9),
    {"instemming_ouders": "wg"}, girl=True, note="Tekstbestand met vraagkoppen; instemming als 'w.g.' met datum.")
doc("so-18-groei-compleet", "so", "groeidocument", "pdf", "Ayoub", "Benali", "so3", (2025, 12, 1),
    {"instemming_ouders": "sig_image", "onderbouwing": "ref"},
    reftext={"onderbouwing": "De onderbouwing (toetsgegevens en onderzoek) staat in bijlage 1 van dit groeidocument."},
    labels={"onderbouwing": "present"},
    annexes=[("Bijlage 1 \u2013 Onderbouwing uitstroom",
              ["Ayoub functioneert cognitief gemiddeld (WISC-V 2024: TIQ 96), maar loopt door gedragsproblematiek en verzuim in 2023 ongeveer een jaar achter. Rekenen ging van M5 naar E5, lezen staat op M6. Met de structuur van het vso verwachten wij een vmbo-basis-diploma."])],
    note="Onderbouwing verwijst naar bijlage 1 en die bijlage zit in hetzelfde document (dus aanwezig, geen gat).")
# ===================== plans with gaps ====================================
doc("po-19-swv-tekenlijn", "po", "swv-genummerd", "pdf-word", "Julia", "Brouwers", "po1", (2025, 11, 4),
    {"instemming_ouders": "blank_line", "inbreng_leerling": "view_only", "informatie_rechten": "missing"}, girl=True,
    note="Lege handtekeningregel; mening leerling zonder wat het veranderde; geen informatie over rechten.")
doc("po-20-domein-streepjes", "po", "domeintabel", "docx", "Mees", "Koster", "po2", (2025, 10, 21),
    {"bevorderende_factoren": "dash", "doelen": "vague", "afwijkingen_onderwijsprogramma": "missing", "instemming_ouders": "sig_tick"},
    note="Kolom 'bevorderend' alleen streepjes; vage doelen; afwijkingen niet genoemd (stilte).")
doc("po-21-brief-strookje", "po", "brief", "txt", "Fleur", "Janssens", "po3", (2025, 9, 30),
    {"instemming_ouders": "slip_requested", "oogo": "generic", "evaluatie": "placeholder"}, girl=True,
    ph={"evaluatie": "volgt na overleg"},
    note="Brief vraagt strookje terug (nog niet getekend); overleg alleen algemene tekst; evaluatie 'volgt na overleg'.")
doc("po-22-formulier-invulvelden", "po", "beknopt-formulier", "docx", "Sem", "Aarts", "po4", (2025, 12, 8),
    {"ondersteuning": "sdt", "uitstroombestemming": "unticked", "vaststelling": "partial", "instemming_ouders": "sig_tick"},
    sdt_checkbox=True,
    note="DOCX met inhoudsbesturingselementen: ondersteuning is een lege placeholder 'Klik of tik om tekst in te voeren.'; uitstroom-vakjes niet aangekruist; vaststelling zonder datum.")
doc("sbo-23-historie-oudeversie", "sbo", "jaarhistorie", "docx", "Nina", "Dijkhuis", "sbo1", (2025, 10, 20),
    {"instemming_ouders": "old_version", "inbreng_leerling": "missing", "adviezen_professionals": "ref"}, girl=True,
    history=[("1", (2022, 11, 7), "Eerste OPP na instroom sbo"), ("2", (2023, 10, 16), "Evaluatie, eigen leerlijn rekenen"),
             ("3", (2024, 10, 8), "Evaluatie, logopedie gestart"), ("4", (2025, 10, 20), "Handelingsdeel 2025-2026")],
    eval_tables=[("Periode 2 2024-2025 (juni 2025, met ouders)", [["AVI E4", "behaald", "AVI E5"], ["150 woorden", "120 gekend", "doorgaan"]])],
    note="Plan sinds 2022; handtekening alleen onder vorige versie, regel voor huidige versie leeg; na revisie oktober 2025 geen inbreng leerling; adviezen 'zie bijlage 3' terwijl er geen bijlage 3 is.")
doc("sbo-24-eigen-voorgezien", "sbo", "eigen-woorden", "odt", "Luuk", "Pronk", "sbo3", (2025, 11, 24),
    {"belemmerende_factoren": "missing", "onderbouwing": "ref", "instemming_ouders": "voor_gezien"},
    note="Eigen koppen; belemmerende factoren ontbreken helemaal; onderbouwing alleen verwijzing; ouder tekende 'voor gezien'.")
doc("sbo-25-export-schoolhandtekening", "sbo", "systeem-export", "pdf", "Gijs", "Mulder", "sbo2", (2025, 9, 8),
    {"ondersteuningsbehoefte": "generic", "onderbouwing": "placeholder", "instemming_ouders": "school_only"},
    ph={"onderbouwing": "n.t.b."}, sysname="EduDossier Plus",
    note="Export; onderwijsbehoeften algemene tekst over alle leerlingen; onderbouwing 'n.t.b.'; alleen school heeft getekend.")
doc("sbo-26-vragen-protest-2024", "sbo", "vraagkoppen", "txt", "Ilse", "Maas", "sbo2", (2024, 9, 17),
    {"instemming_ouders": "onder_protest", "doelen": "instruction", "inbreng_leerling": "na"}, girl=True,
    note="Plan 2024 (inbreng n.v.t.); instructietekst staat nog bij de doelen; getekend onder protest.")
doc("sbo-27-groei-avg", "sbo", "groeidocument", "pdf", "Stijn", "Hoekstra", "sbo1", (2025, 10, 2),
    {"uitstroombestemming": "placeholder", "evaluatie": "missing", "instemming_ouders": "avg_only"},
    ph={"uitstroombestemming": "volgt na overleg met ouders"},
    note="Uitstroombestemming 'volgt na overleg met ouders'; geen evaluatie; alleen AVG-/fototoestemming getekend, geen instemming handelingsdeel.")
doc("so-28-historie-vorigeschool", "so", "jaarhistorie", "pdf-word", "Joep", "van Dam", "so3", (2025, 11, 11),
    {"onderbouwing": "ref", "oogo": "missing", "instemming_ouders": "sig_image"},
    reftext={"onderbouwing": "Zie OPP van de vorige school (SBO De Kompasroos, 2024)."},
    school_change="Joep is per 1 september 2025 overgeplaatst van SBO De Kompasroos naar SO De Horizonlijn (TLV so, categorie laag). Het plan is herzien.",
    history=[("1", (2023, 10, 3), "OPP SBO De Kompasroos"), ("2", (2024, 10, 1), "Evaluatie sbo; aanvraag TLV"),
             ("3", (2025, 11, 11), "Herzien na overplaatsing naar so")],
    eval_tables=[("Laatste evaluatie sbo (juni 2025, met ouders)", [["Weglopen verminderen", "niet behaald", "overplaatsing so"]])],
    note="Herzien na schoolwissel sbo->so; onderbouwing verwijst naar OPP vorige school (niet bijgevoegd); geen OOGO vermeld.")
doc("so-29-domein-geendatum", "so", "domeintabel", "docx", "Mila", "Verstappen", "so1", (2025, 10, 6),
    {"afwijkingen_onderwijsprogramma": "placeholder", "instemming_ouders": "no_date", "informatie_rechten": "ref"}, girl=True,
    ph={"afwijkingen_onderwijsprogramma": "n.t.b."},
    note="Afwijkingen 'n.t.b.'; handtekening zonder datum; rechten alleen verwijzing naar website.")
doc("so-30-vragen-cvb-volgt", "so", "vraagkoppen", "odt", "Finn", "Bakker", "so2", (2025, 9, 25),
    {"adviezen_professionals": "placeholder", "ondersteuning": "generic", "instemming_ouders": "email"},
    ph={"adviezen_professionals": "Advies commissie voor de begeleiding: volgt"},
    note="Advies CvB 'volgt'; ondersteuning algemene zin; instemming per e-mail (echt).")
doc("so-31-brief-weigering", "so", "brief", "pdf-word", "Lina", "Achterberg", "so3", (2025, 10, 30),
    {"instemming_ouders": "refused", "vaststelling": "missing"}, girl=True,
    note="Briefvorm; ouders kruisen 'niet in' aan (weigering); vaststelling ontbreekt.")
doc("so-32-scan-leeg", "so", "swv-genummerd", "scan-word", "Tygo", "Reijnders", "so1", (2025, 11, 18),
    {"instemming_ouders": "blank_line", "evaluatie": "empty"},
    note="Scan; lege handtekeningregel; kop evaluatie zonder tekst.")
doc("vso-33-historie-ouderalleen", "vso", "jaarhistorie", "docx", "Esmee", "Dekker", "vso2", (2025, 10, 14),
    {"instemming_ouders": "adult_parent_only", "inbreng_leerling": "na", "ondersteuning": "ref"}, girl=True, adult=True,
    birth=(2006, 4, 2), uitstroom="Uitstroomprofiel arbeidsmarktgericht: werk in de schoonmaak of facilitaire dienst, met loonkostensubsidie.",
    history=[("1", (2021, 9, 27), "Eerste OPP vso"), ("2", (2022, 10, 10), "Evaluatie"), ("3", (2023, 10, 9), "Profiel gewijzigd van vervolgonderwijs naar arbeidsmarktgericht"),
             ("4", (2024, 10, 7), "Esmee 18: tekent voortaan zelf"), ("5", (2025, 10, 14), "Handelingsdeel 2025-2026")],
    uitstroom_history="Tot versie 3 (2023) stond profiel vervolgonderwijs (Entree) in het plan.",
    afwijking="Esmee volgt het programma van het profiel arbeidsmarktgericht: drie dagen stage per week, geen examenvakken; zij werkt aan het branchecertificaat schoonmaak.",
    onderbouwing="Esmee haalde de theorie van Entree niet (2023), maar werkt op haar stage bij de facilitaire dienst van het ziekenhuis nauwkeurig en zelfstandig, op ongeveer 70% van het normtempo. Dat past bij werk met loonkostensubsidie.",
    eval_tables=[("Periode 2 2024-2025 (juni 2025, met Esmee en moeder)", [["Zelfstandig reizen", "behaald", "\u2014"], ["Werkhouding stage", "voldoende", "uitbreiden naar 3 dagen"]])],
    note="Meerderjarige handelingsbekwame leerling (19); alleen moeder tekende, regel voor leerling leeg; ondersteuning verwijst naar apart stagehandelingsplan.")
doc("vso-34-profiel-nietaangekruist", "vso", "vso-profiel", "docx", "Daniël", "Kraaijeveld", "vso1", (2025, 10, 23),
    {"uitstroombestemming": "unticked", "onderbouwing": "instruction", "instemming_ouders": "partial"}, sdt_checkbox=True,
    afwijking="Daniël heeft drie dagen per week stage in plaats van lessen; Engels en geschiedenis vervallen.",
    note="Profielvakjes (content-control selectievakjes) geen enkele aangevinkt; instructietekst bij onderbouwing; instemming alleen deel A.")
doc("vso-35-export-open", "vso", "systeem-export", "pdf", "Ruben", "Tuinstra", "vso2", (2025, 9, 19),
    {"inbreng_leerling": "view_only", "doelen": "missing", "bevorderende_factoren": "placeholder", "instemming_ouders": "sig_image"},
    ph={"bevorderende_factoren": "nog aanvullen"},
    note="Mening leerling zonder gevolg; geen doelen; bevorderende factoren 'nog aanvullen'.")
doc("vso-36-eigen-curatele-zelf", "vso", "eigen-woorden", "odt", "Sanne", "Bijl", "vso3", (2025, 11, 5),
    {"instemming_ouders": "curatele_self"}, girl=True, curatele=True, birth=(2007, 7, 30), mother="mevr. H. Bijl",
    uitstroom="Dagbesteding: arbeidsmatige dagbesteding bij de kringloopwinkel van zorgaanbieder De Linde.",
    onderbouwing="Sanne werkt op zml-niveau (IQ 48, onderzoek 2023). Op de interne winkel en twee oriënterende stages kon zij met begeleiding eenvoudige taken (sorteren, prijzen) een uur volhouden. Loonvormende arbeid is niet haalbaar; arbeidsmatige dagbesteding past.",
    afwijking="Sanne volgt het programma van het profiel dagbesteding: drie dagen oriënterende stage, twee dagen lessen wonen, vrije tijd en praktische redzaamheid. Geen examenvakken of certificaten.",
    inbreng_q="Ik wil in de winkel werken bij de kleren. Ik wil samen met Kim.",
    inbreng_eff="Daarom loopt Sanne stage op de kledingafdeling van de kringloopwinkel, op dezelfde dagen als haar vriendin Kim.",
    note="Leerling 18 onder curatele tekent zelf, curator niet: instemming onvolledig; inbreng leerling wel vereist en aanwezig.")
doc("vso-37-groei-2024", "vso", "groeidocument", "pdf", "Owen", "Schipper", "vso1", (2025, 6, 23),
    {"afwijkingen_onderwijsprogramma": "missing", "oogo": "placeholder", "inbreng_leerling": "na", "instemming_ouders": "sig_tick",
     "belemmerende_factoren": "instruction"},
    ph={"oogo": "Datum gesprek: ..."},
    note="Vastgesteld 23 juni 2025 (voor 1-8-2025, inbreng n.v.t.); afwijkingen niet genoemd; OOGO 'Datum gesprek: ...'; bij belemmerende factoren staat nog de invulinstructie.")
doc("vso-38-formulier-leegvinkje", "vso", "beknopt-formulier", "pdf-form", "Bo", "Vos", "vso2", (2025, 10, 10),
    {"instemming_ouders": "unticked_box", "vaststelling": "placeholder"}, girl=True, uitstroom_pick="vervolgonderwijs",
    uitstroom="Vervolgonderwijs: mbo niveau 2 Dienstverlening.", ph={"vaststelling": "Datum vaststelling: __-__-____"},
    onderbouwing="Bo behaalde in vso-3 rekenen 1F en Nederlands 2F; haar stage bij de receptie van een sporthal werd met een goed beoordeeld. Zij kan met structuur de theorie van mbo niveau 2 aan.",
    afwijking="Bo volgt het programma van het profiel vervolgonderwijs, met vrijstelling voor Engels (vervangen door extra Nederlands) en één stagedag per week.",
    inbreng_q="Ik wil iets met mensen doen, achter een balie of zo. Ik wil niet te vroeg beginnen.",
    inbreng_eff="Daarom is gekozen voor mbo Dienstverlening en is de stage op latere begintijden afgesproken.",
    note="Invulbaar PDF; vakjes 'akkoord'/'niet akkoord' beide leeg naast handtekening; vaststellingsdatum leeg.")
doc("vo-39-swv-verslag", "vo", "swv-genummerd", "docx", "Tim", "Lammerts", "vo3", (2025, 8, 28),
    {"adviezen_professionals": "ref", "inbreng_leerling": "missing", "instemming_ouders": "sig_image"},
    reftext={"adviezen_professionals": "Zie verslag GZ-psycholoog (juni 2024) in het dossier."},
    note="Vastgesteld 28-8-2025 (na 1-8-2025): inbreng leerling ontbreekt; adviezen alleen 'zie verslag'.")
doc("vo-40-domein-geenbevorderend", "vo", "domeintabel", "pdf-word", "Lisa", "Gerritsen", "vo2", (2025, 11, 12),
    {"bevorderende_factoren": "missing", "evaluatie": "instruction", "instemming_ouders": "digital"}, girl=True,
    note="Domeintabel zonder kolom bevorderend; bij evaluatie staat de instructie van het format.")
doc("vo-41-scan-export", "vo", "systeem-export", "scan-pdf", "Sven", "Huisman", "vo1", (2025, 10, 16),
    {"ondersteuning": "placeholder", "instemming_ouders": "pending_digital"}, ph={"ondersteuning": "[tekst]"},
    note="Scan van een export; ondersteuning '[tekst]'; digitale ondertekening openstaand.")
doc("vo-42-vragen-2025juni", "vo", "vraagkoppen", "txt", "Anouk", "Prins", "vo3", (2025, 6, 20),
    {"uitstroombestemming": "missing", "doelen": "vague", "inbreng_leerling": "na", "instemming_ouders": "wg"}, girl=True,
    note="Vastgesteld 20-6-2025 (net voor 1-8-2025: inbreng n.v.t.); uitstroombestemming ontbreekt; vage doelen.")
doc("pro-43-historie-evaluatieleeg", "pro", "jaarhistorie", "pdf-word", "Mohamed", "Ouali", "pro1", (2025, 9, 24),
    {"evaluatie": "dashtable", "instemming_ouders": "sig_tick"},
    uitstroom="Arbeid: betaald werk in de groenvoorziening (hoveniersbedrijf of gemeentelijke buitendienst).",
    uitstroom_history="Bij versie 4 (2024) gewijzigd: eerder stond Entree-opleiding (mbo 1) als bestemming.",
    history=[("1", (2020, 10, 12), "Eerste OPP leerjaar 1"), ("2", (2021, 10, 4), "Evaluatie"), ("3", (2022, 10, 10), "Evaluatie"),
             ("4", (2024, 10, 1), "Bestemming gewijzigd van Entree naar arbeid"), ("5", (2025, 9, 24), "Handelingsdeel laatste schooljaar")],
    eval_tables=[("Periode 3 2024-2025 (juni 2025, met vader en Mohamed)", [["Hulp vragen op stage", "soms", "doel blijft"]])],
    note="Plan sinds 2020; evaluatietabel voor dit jaar leeg en 'Volgende evaluatie: n.t.b.'.")
doc("pro-44-swv-vaststelling", "pro", "swv-genummerd", "odt", "Jayden", "Koopmans", "pro2", (2025, 10, 8),
    {"vaststelling": "partial", "ondersteuningsbehoefte": "missing", "instemming_ouders": "sig_image"},
    note="Vaststelling zonder datum; onderwijsbehoeften ontbreken.")
doc("pro-45-brief-2024", "pro", "brief", "docx", "Naomi", "Groen", "pro3", (2024, 11, 18),
    {"oogo": "missing", "informatie_rechten": "missing", "afwijkingen_onderwijsprogramma": "na", "inbreng_leerling": "na",
     "instemming_ouders": "sig_image"}, girl=True,
    afw_na="Naomi volgt het volledige programma van het praktijkonderwijs; er zijn geen afwijkingen.",
    note="Brief 2024; geen OOGO en geen rechten; expliciet geen afwijkingen; inbreng n.v.t.")
doc("pro-46-formulier-vinkjes", "pro", "beknopt-formulier", "docx", "Kay", "Willems", "pro1", (2025, 11, 26),
    {"afwijkingen_onderwijsprogramma": "unticked", "evaluatie": "unticked", "instemming_ouders": "sig_tick"},
    uitstroom_pick="arbeid",
    note="Tick-boxformulier: bij afwijkingen en evaluatie geen vakje aangekruist.")
doc("pro-47-eigen-leerlingvolgt", "pro", "eigen-woorden", "txt", "Robin", "Steenbergen", "pro2", (2025, 10, 15),
    {"adviezen_professionals": "missing", "inbreng_leerling": "placeholder", "instemming_ouders": "stated_no_date",
     "informatie_rechten": "generic"},
    ph={"inbreng_leerling": "Gesprek met Robin volgt nog."},
    note="Geen adviezen; inbreng 'gesprek volgt nog'; 'instemming: ja' zonder datum; rechten alleen algemene zin over de schoolgids.")
doc("pro-48-groei-groepsplan", "pro", "groeidocument", "pdf", "Lieke", "Moerman", "pro3", (2025, 9, 12),
    {"vaststelling": "missing", "doelen": "ref", "belemmerende_factoren": "ok", "instemming_ouders": "sig_image"}, girl=True,
    note="Doelen alleen 'zie groepsplan'; vaststelling ontbreekt.")
doc("so-49-scan-domein", "so", "domeintabel", "scan-pdf", "Hidde", "Evers", "so2", (2025, 10, 9),
    {"onderbouwing": "empty", "instemming_ouders": "wg"},
    note="Scan; kop onderbouwing zonder tekst; instemming als 'w.g.' met datum.")

# ===================== not an OPP =========================================
NON = [
    dict(id="none-50-folder-ouders", st="none", layout="folder-ouders", fmt="pdf",
         note="Folder van het samenwerkingsverband voor ouders: wat is een OPP (algemene uitleg, geen plan)."),
    dict(id="none-51-nieuwsbrief", st="none", layout="nieuwsbrief", fmt="pdf-word",
         note="Nieuwsbrief van een basisschool met een stukje over OPP-gesprekken en fototoestemming."),
    dict(id="none-52-uitnodiging", st="none", layout="uitnodiging", fmt="txt",
         note="Uitnodiging voor een OPP-gesprek voor een bepaalde leerling; het plan zelf zit er niet bij."),
    dict(id="none-53-blanco-format", st="none", layout="blanco-swv", fmt="docx",
         note="Leeg OPP-format van het samenwerkingsverband met instructieteksten en lege regels."),
    dict(id="none-54-blanco-beknopt", st="none", layout="blanco-beknopt", fmt="odt",
         note="Leeg beknopt formulier met niet-aangekruiste vakjes; geen rubriek rechten of inbreng leerling."),
]
