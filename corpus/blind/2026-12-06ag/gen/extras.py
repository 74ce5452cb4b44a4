"""Fillable PDF form layout and the documents that are not OPPs."""
import os
from content import d_num, d_long
from layouts import BEKNOPT, flatten
from writers import PdfWriter, DocxWriter, TxtWriter


def fillable_beknopt(doc, out, build, seed):
    """Beknopt OPP as an AcroForm: the content sits in form field values."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    P = doc.P
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.setTitle("Beknopt OPP (invulformulier)")
    W, H = A4
    form = c.acroForm
    y = H - 20 * mm

    def head():
        nonlocal y
        c.setFont("DejaVu-Bold", 14)
        c.drawString(20 * mm, y, "Beknopt OPP — invulformulier")
        c.setFont("DejaVu", 8.5)
        c.drawString(20 * mm, y - 12, f"{doc.swv} | formulier BO-3 (2025) | {P['school']}")
        y -= 28
    PdfWriter(build)  # registers fonts
    head()
    n = 0
    def latin(v):
        for a, b in [("—", "-"), ("–", "-"), ("☒", "[X]"), ("☐", "[ ]"), ("…", "..."), ("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("•", "-")]:
            v = v.replace(a, b)
        return v.encode("latin-1", "replace").decode("latin-1")

    def field(label, value, h=34, name=None):
        nonlocal y, n
        import textwrap
        value = "\n".join(textwrap.wrap(latin(value), 98)) if value else ""
        if y - h < 25 * mm:
            c.showPage()
            y = H - 20 * mm
        n += 1
        c.setFont("DejaVu-Bold", 8.5)
        c.drawString(20 * mm, y - 9, label)
        form.textfield(name=name or f"f{n}", value=value, x=62 * mm, y=y - h, width=128 * mm, height=h - 2,
                       fontName="Helvetica", fontSize=7, borderWidth=0.5, borderColor=colors.grey, fillColor=colors.HexColor("#f4f7fb"),
                       fieldFlags="multiline", forceBorder=True)
        y -= h + 3
    for lab, val in [("Naam leerling", P["fullname"]), ("Geboortedatum", d_num(P["birth"])), ("Klas / niveau", P["klas"] + " — " + P["niveau"]),
                     ("Mentor", P["mentor"]), ("Zorgcoördinator", P["zoco"]), ("Schooljaar", doc.schooljaar)]:
        field(lab, val, h=14)
    y -= 4
    for lab, eid in BEKNOPT:
        bl = doc.blocks(eid)
        if bl is None:
            continue
        txt = flatten(bl)
        h = max(22, 10 + 8.5 * (len(txt) // 92 + 1))
        field(lab, txt, h=h)
    # consent
    st, var = doc.states["instemming_ouders"]
    if st != "missing":
        if y < 70 * mm:
            c.showPage()
            y = H - 20 * mm
        c.setFont("DejaVu-Bold", 10)
        c.drawString(20 * mm, y - 10, "Instemming ouder(s)/verzorger(s) met het handelingsdeel")
        y -= 26
        checked = var in ("sig_parent", "present")
        form.checkbox(name="akkoord", x=20 * mm, y=y - 2, size=11, checked=checked, buttonStyle="check", borderWidth=0.8)
        c.setFont("DejaVu", 9)
        c.drawString(27 * mm, y, "Ik ga akkoord met het handelingsdeel van dit OPP")
        y -= 18
        form.checkbox(name="nietakkoord", x=20 * mm, y=y - 2, size=11, checked=False, buttonStyle="check", borderWidth=0.8)
        c.drawString(27 * mm, y, "Ik ga niet akkoord")
        y -= 22
        field("Naam ouder/verzorger", P["parent1"], h=14, name="naam_ouder")
        field("Datum", d_num(doc.D["consent"]), h=14, name="datum_ouder")
    c.setFont("DejaVu", 7)
    c.drawString(20 * mm, 10 * mm, f"Digitaal ingevuld formulier — {P['school']}")
    c.save()


NON_OPP = [
    dict(id="doc-53", layout="folder-ouders", school_type="none", seed=53, note="Not an OPP: leaflet for parents explaining what an OPP is (generic text on every element)."),
    dict(id="doc-54", layout="nieuwsbrief", school_type="none", seed=54, note="Not an OPP: school newsletter mentioning OPP evaluations and mentor meetings."),
    dict(id="doc-55", layout="uitnodiging", school_type="none", seed=55, note="Not an OPP: invitation to a mentor meeting about a pupil's OPP."),
    dict(id="doc-56", layout="avg-formulier", school_type="none", seed=56, note="Not an OPP: signed AVG/photo consent form of a pupil."),
]

LEAFLET = [
    ("Wat is een ontwikkelingsperspectiefplan?", "Sommige leerlingen hebben meer ondersteuning nodig dan de school aan alle leerlingen biedt. Voor hen stelt de school een ontwikkelingsperspectiefplan (OPP) op. Daarin staat welk vervolgonderwijs of welk werk we na onze school verwachten (de uitstroombestemming), en waarom."),
    ("Wat staat er in een OPP?", "Een OPP beschrijft de belemmerende en bevorderende factoren van uw kind, wat uw kind nodig heeft, welke ondersteuning de school biedt, de doelen en eventuele afwijkingen van het lesprogramma. Ook staan de adviezen van deskundigen erin, zoals een orthopedagoog of jeugdarts."),
    ("Praat mijn kind mee?", "Ja. Sinds 1 augustus 2025 heeft iedere leerling het recht om gehoord te worden. In het OPP staat wat uw kind zelf vindt en wat de school daarmee doet."),
    ("Welke rol hebben ouders?", "De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw instemming nodig. Minstens één keer per jaar evalueren we het plan met u en uw kind."),
    ("Niet eens?", "Bespreek het eerst met de mentor of zorgcoördinator. U kunt ook terecht bij het Ouder- en Jeugdsteunpunt of een onderwijsconsulent. Binnen zes weken na de vaststelling kunt u naar de Geschillencommissie passend onderwijs."),
]


def make_non_opp(x, docs, build):
    i = x["id"]
    if x["layout"] == "folder-ouders":
        w = PdfWriter(build, seed=x["seed"], accent="#0b6e6e")
        w.title("Het OPP: informatie voor ouders")
        w.subtitle("Samenwerkingsverband VO Brederdam-Marrevoort — ouderfolder, editie 2025")
        for h, t in LEAFLET:
            w.h(h, 1)
            w.p(t)
        w.p("Meer weten? Bel het Ouder- en Jeugdsteunpunt: 0800-000 00 00 (gratis).", italic=True)
        p = os.path.join(docs, i + ".pdf")
        w.save(p)
        return p, "pdf", "pdf"
    if x["layout"] == "nieuwsbrief":
        w = DocxWriter(build, seed=x["seed"])
        w.title("Walburg Nieuws — december 2025")
        w.subtitle("Nieuwsbrief voor ouders en verzorgers van het Walburg College, Oosterlaar")
        w.h("Van de directie", 1)
        w.p("De eerste periode zit erop. Wij danken alle ouders voor de goede opkomst bij de mentoravonden in oktober.")
        w.h("Zorg en begeleiding", 1)
        w.p("In januari evalueren de mentoren en zorgcoördinatoren de ontwikkelingsperspectiefplannen van leerlingen met extra ondersteuning. U ontvangt daarvoor een uitnodiging via het ouderportaal. Ouders moeten instemmen met het handelingsdeel; neem bij vragen contact op met de zorgcoördinator, mw. A. Verbeek.")
        w.h("Agenda", 1)
        w.table(["Datum", "Activiteit"], [["19-12-2025", "Kerstviering, lesrooster tot 12.00 uur"], ["12-01-2026", "Start periode 3"], ["20-01-2026", "OPP-gesprekken (op uitnodiging)"], ["05-02-2026", "Open dag"]])
        w.h("Toetsweek", 1)
        w.p("De toetsweek van periode 2 loopt van 26 januari tot en met 30 januari. Leerlingen met een dyslexieverklaring krijgen extra tijd.")
        p = os.path.join(build, i + ".docx")
        w.save(p)
        return p, "pdf", "pdf-word"
    if x["layout"] == "uitnodiging":
        w = TxtWriter(build)
        w.p("Vakcollege De Ploeg, Hulsterwijk\nAfdeling vmbo, team leerjaar 2")
        w.p("Hulsterwijk, 2 oktober 2025")
        w.p("Betreft: uitnodiging gesprek ontwikkelingsperspectief", bold=True)
        w.p("Beste ouder(s)/verzorger(s) van Mees Bakhuis,")
        w.p("Graag nodigen wij u en Mees uit voor een gesprek over het ontwikkelingsperspectiefplan (OPP) dat wij voor Mees willen opstellen. In het gesprek bespreken wij de verwachte uitstroom, wat Mees nodig heeft en welke hulp de school kan bieden. Wij horen graag wat u en Mees zelf belangrijk vinden.")
        w.kv([("Datum", "donderdag 9 oktober 2025"), ("Tijd", "16.15 - 17.00 uur"), ("Plaats", "lokaal B1.12"), ("Aanwezig", "dhr. T. Hoogland (mentor), mw. S. Benali (zorgcoördinator)")])
        w.p("Wilt u via het ouderportaal laten weten of dit tijdstip u past?")
        w.p("Met vriendelijke groet,\ndhr. T. Hoogland, mentor 2K1")
        p = os.path.join(docs, i + ".txt")
        w.save(p)
        return p, "txt", "txt"
    if x["layout"] == "avg-formulier":
        w = DocxWriter(build, seed=x["seed"])
        w.title("Toestemmingsformulier beeldmateriaal en gegevensdeling")
        w.subtitle("Lyceum Aan de Vaart, Marrevoort — schooljaar 2025-2026")
        w.kv([("Naam leerling", "Fenna Wolters"), ("Klas", "H2b")])
        w.p("Op grond van de AVG vragen wij uw toestemming voor het gebruik van foto's en video's en voor het delen van gegevens met externe partijen.")
        w.ticks([(True, "foto's en video's op de website en in de schoolgids"), (False, "foto's op sociale media van de school"), (True, "gegevens delen met de jeugdarts van de GGD"), (True, "gegevens delen met de leerplichtambtenaar bij verzuim")])
        w.p("U kunt uw toestemming altijd intrekken via de administratie.")
        w.sig([dict(role="Ouder/verzorger", name="mw. J. Wolters", date="08-09-2025", signed=True), dict(role="Leerling (vanaf 16 jaar)", name="Fenna Wolters", date=None, signed=False)])
        p = os.path.join(docs, i + ".docx")
        w.save(p)
        return p, "docx", "docx"
