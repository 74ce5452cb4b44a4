# -*- coding: utf-8 -*-
"""Fillable PDF form (AcroForm) for the 'pdf-form' layout."""
import textwrap
from layouts import el_text, shown, who_parents
from render import _fonts, normalize_pdf

FIELDS = [("uitstroombestemming", "1. Verwachte uitstroombestemming"),
          ("onderbouwing", "2. Onderbouwing uitstroombestemming"),
          ("belemmerende_factoren", "3. Belemmerende factoren"),
          ("bevorderende_factoren", "4. Bevorderende factoren"),
          ("ondersteuningsbehoefte", "5. Ondersteuningsbehoeften"),
          ("doelen", "6. Doelen (SMART)"),
          ("ondersteuning", "7. Ondersteuning: wat, wie, hoe vaak"),
          ("afwijkingen_onderwijsprogramma", "8. Afwijkingen van het onderwijsprogramma"),
          ("adviezen_professionals", "9. Adviezen externe deskundigen / CvB"),
          ("inbreng_leerling", "10. Inbreng van de leerling en wat ermee is gedaan"),
          ("evaluatie", "11. Evaluatie (wanneer, met wie)"),
          ("oogo", "12. Op overeenstemming gericht overleg (datum, aanwezigen)"),
          ("informatie_rechten", "13. Informatie over instemmingsrecht en geschillen"),
          ("vaststelling", "14. Vaststelling (datum, door wie)")]


def to_form(d, path, meta):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    _fonts()
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(meta.get("title", ""))
    c.setAuthor(meta.get("author", ""))
    c.setCreator("")
    c.setProducer("")
    W, H = A4
    L = 2 * cm
    FW = W - 4 * cm
    af = c.acroForm
    state = {"y": H - 2 * cm, "page": 1}

    def footer():
        c.setFont("DV", 7)
        c.setFillColor(colors.grey)
        c.drawString(L, 1.1 * cm, "%s · invulformulier OPP v2025 · pagina %d" % (d.swv, state["page"]))
        c.setFillColor(colors.black)

    def newpage():
        footer()
        c.showPage()
        state["page"] += 1
        state["y"] = H - 2 * cm

    def need(h):
        if state["y"] - h < 2 * cm:
            newpage()

    c.setFont("DV-B", 14)
    c.drawString(L, state["y"], "Ontwikkelingsperspectiefplan – invulformulier")
    state["y"] -= 16
    c.setFont("DV", 8.5)
    c.drawString(L, state["y"], d.swv)
    state["y"] -= 22
    info = [("naam", "Naam leerling", d.name), ("geboortedatum", "Geboortedatum", d.date(d.birth)),
            ("school", "School", d.school + ", " + d.place), ("klas", "Groep/klas", d.arch["klas"]),
            ("ouders", "Ouder(s)/verzorger(s)", who_parents(d)),
            ("looptijd", "Looptijd", "%s t/m %s" % (d.date(d.period[0]), d.date(d.period[1])))]
    for name, lab, val in info:
        c.setFont("DV-B", 8.5)
        c.drawString(L, state["y"] + 3, lab)
        af.textfield(name=name, tooltip=lab, x=L + 4.2 * cm, y=state["y"] - 2, width=FW - 4.2 * cm, height=14,
                     value=val, fontName="Helvetica", fontSize=8.5, borderWidth=0.5, borderColor=colors.grey,
                     fillColor=colors.HexColor("#f4f7fb"))
        state["y"] -= 19
    state["y"] -= 8
    for el, lab in FIELDS:
        if not shown(d, el):
            continue
        val = el_text(d, el) if d.var(el) != "empty" else ""
        lines = sum(max(1, len(textwrap.wrap(x, 105))) for x in val.split("\n")) if val else 2
        h = max(28, lines * 10.5 + 8)
        need(h + 16)
        c.setFont("DV-B", 9)
        c.drawString(L, state["y"], lab)
        state["y"] -= h + 4
        af.textfield(name=el, tooltip=lab, x=L, y=state["y"], width=FW, height=h, value=val,
                     fontName="Helvetica", fontSize=8, fieldFlags="multiline", borderWidth=0.5,
                     borderColor=colors.grey, fillColor=colors.HexColor("#f4f7fb"))
        state["y"] -= 12
    need(150)
    c.setFont("DV-B", 10)
    c.drawString(L, state["y"], "15. Instemming met het handelingsdeel")
    state["y"] -= 18
    signed = d.consent == "signed"
    ad = d.adult == "adult"
    for nm, lab, val in (("akkoord", "Ik ga akkoord met het handelingsdeel", signed),
                         ("niet_akkoord", "Ik ga niet akkoord met het handelingsdeel", False)):
        af.checkbox(name=nm, tooltip=lab, x=L, y=state["y"] - 2, size=11, checked=val, buttonStyle="cross",
                    borderWidth=0.5)
        c.setFont("DV", 9)
        c.drawString(L + 16, state["y"], lab)
        state["y"] -= 18
    who = d.name if ad else d.parent
    for nm, lab, val in (("naam_ondertekenaar", "Naam %s" % ("leerling (18+)" if ad else "ouder/verzorger"), who if signed else ""),
                         ("datum_ondertekening", "Datum", d.date(d.sign_date) if signed else ""),
                         ("handtekening", "Handtekening", ("w.g. " + who) if signed else "")):
        c.setFont("DV-B", 8.5)
        c.drawString(L, state["y"] + 3, lab)
        af.textfield(name=nm, tooltip=lab, x=L + 4.2 * cm, y=state["y"] - 2, width=8 * cm, height=14, value=val,
                     fontName="Helvetica", fontSize=8.5, borderWidth=0.5, borderColor=colors.grey,
                     fillColor=colors.HexColor("#f4f7fb"))
        state["y"] -= 20
    footer()
    c.showPage()
    c.save()
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, BooleanObject
    w = PdfWriter(clone_from=PdfReader(path))
    w._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    w.add_metadata({"/Title": meta.get("title", ""), "/Producer": "", "/Creator": ""})
    with open(path, "wb") as f:
        w.write(f)
    normalize_pdf(path)
