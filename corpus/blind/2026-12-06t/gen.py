# -*- coding: utf-8 -*-
"""Deterministic generator of blind set 2026-12-06t. Run: ../venv/bin/python gen.py"""
import os, sys, json, shutil, subprocess, random, datetime as dt, zlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import *
from layouts import *
import render as R

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
TMP = os.path.join(HERE, "_build")
D = dt.date

INCOMPLETE_STATES = {"empty", "placeholder", "instruction", "zie", "vague", "echo", "nvt_applies", "view_only", "no_date_vast",
                     "oogo_nodate", "voor_gezien", "onder_protest", "refused", "partial", "school_only", "blank_line", "unticked",
                     "no_date", "looks_signed", "wrong_signer"}


def label_of(state):
    if state in ("present", "moved", "stated"):
        return "present"
    if state in ("missing", "minutes_only", "avg_only", "tlv_only"):
        return "missing"
    if state == "na":
        return "not_applicable"
    if state in INCOMPLETE_STATES or state.startswith("holds:"):
        return "incomplete"
    raise KeyError(state)


# (id, layout, fmt, school_type, plan date, states, extras)
SPECS = [
    # ---- complete ----
    ("c01", "L1", "pdf-lo", "po", D(2025, 10, 14), {}, []),
    ("c02", "L2", "docx", "sbo", D(2025, 11, 20), {"afwijkingen_onderwijsprogramma": "na"}, []),
    ("c03", "L3", "odt", "so", D(2026, 2, 3), {}, []),
    ("c04", "L4", "pdf", "po", D(2025, 3, 12), {}, []),
    ("c05", "L5", "pdf", "sbo", D(2025, 9, 30), {"afwijkingen_onderwijsprogramma": "na"}, []),
    ("c06", "L6", "pdf-lo", "po", D(2026, 6, 15), {"instemming_ouders": "stated"}, []),
    ("c07", "L7", "md", "so", D(2025, 10, 14), {}, ["oldeval"]),
    ("c08", "L8", "docx", "po", D(2025, 11, 20), {}, ["avg"]),
    ("c09", "L9", "pdf-form", "sbo", D(2026, 10, 6), {"afwijkingen_onderwijsprogramma": "na"}, []),
    ("c10", "L1", "docx", "so", D(2024, 10, 15), {}, ["tlv"]),
    ("c11", "L2", "pdf-lo", "po", D(2026, 2, 3), {}, []),
    ("c12", "L4", "scan", "po", D(2025, 10, 14), {}, []),
    ("c13", "L5", "txt", "po", D(2026, 6, 15), {"afwijkingen_onderwijsprogramma": "na"}, []),
    ("c14", "L3", "odt-pdf", "sbo", D(2025, 6, 2), {}, []),
    ("c15", "L7", "txt", "vso", D(2025, 11, 20), {"inbreng_leerling": "na"}, ["adult"]),
    ("c16", "L6", "odt", "sbo", D(2025, 9, 30), {"afwijkingen_onderwijsprogramma": "na"}, ["avg"]),
    ("c17", "L8", "pdf-lo", "so", D(2026, 10, 6), {}, []),
    ("c18", "L1", "pdf-lo", "vso", D(2026, 2, 3), {}, ["curatele"]),
    ("c19", "L9", "pdf-form", "po", D(2025, 11, 20), {"instemming_ouders": "stated"}, []),
    # ---- with gaps ----
    ("g01", "L1", "docx", "po", D(2025, 10, 14), {"onderbouwing": "vague", "instemming_ouders": "voor_gezien"}, []),
    ("g02", "L1", "pdf-lo", "sbo", D(2025, 11, 20), {"evaluatie": "minutes_only", "inbreng_leerling": "view_only"}, []),
    ("g03", "L1", "pdf-lo", "so", D(2026, 2, 3), {"adviezen_professionals": "zie", "afwijkingen_onderwijsprogramma": "missing"}, ["tlv"]),
    ("g04", "L2", "docx", "po", D(2025, 9, 30), {"instemming_ouders": "tlv_only", "oogo": "minutes_only"}, []),
    ("g05", "L2", "pdf-lo", "sbo", D(2026, 6, 15), {"doelen": "holds:ondersteuning", "ondersteuning": "moved"}, []),
    ("g06", "L2", "docx", "so", D(2025, 3, 12), {"ondersteuning": "vague", "vaststelling": "no_date_vast"}, []),
    ("g07", "L3", "odt", "po", D(2025, 10, 14), {"bevorderende_factoren": "empty", "uitstroombestemming": "placeholder"}, []),
    ("g08", "L3", "odt-pdf", "sbo", D(2026, 2, 3), {"ondersteuningsbehoefte": "vague", "instemming_ouders": "onder_protest"}, []),
    ("g09", "L3", "odt", "so", D(2025, 11, 20), {"belemmerende_factoren": "missing", "informatie_rechten": "vague"}, []),
    ("g10", "L4", "pdf", "po", D(2025, 9, 30), {"onderbouwing": "zie", "instemming_ouders": "looks_signed"}, []),
    ("g11", "L4", "pdf", "sbo", D(2026, 10, 6), {"inbreng_leerling": "missing", "evaluatie": "vague"}, []),
    ("g12", "L4", "pdf", "so", D(2025, 3, 12), {"doelen": "vague", "instemming_ouders": "school_only"}, ["tlv"]),
    ("g13", "L5", "pdf", "sbo", D(2025, 10, 14), {"oogo": "oogo_nodate", "afwijkingen_onderwijsprogramma": "nvt_applies"}, ["ell"]),
    ("g14", "L5", "txt", "po", D(2026, 2, 3), {"instemming_ouders": "unticked", "vaststelling": "placeholder"}, []),
    ("g15", "L5", "pdf", "so", D(2025, 9, 30), {"adviezen_professionals": "vague", "bevorderende_factoren": "echo"}, []),
    ("g16", "L6", "pdf-lo", "po", D(2025, 11, 20), {"instemming_ouders": "refused", "uitstroombestemming": "vague"}, []),
    ("g17", "L6", "odt", "sbo", D(2026, 6, 15), {"informatie_rechten": "missing", "inbreng_leerling": "view_only"}, ["avg"]),
    ("g18", "L6", "pdf-lo", "so", D(2025, 10, 14), {"instemming_ouders": "avg_only", "doelen": "echo"}, []),
    ("g19", "L7", "md", "po", D(2025, 9, 30), {"ondersteuning": "placeholder", "evaluatie": "minutes_only"}, []),
    ("g20", "L7", "txt", "sbo", D(2026, 10, 6), {"vaststelling": "missing", "onderbouwing": "instruction"}, []),
    ("g21", "L7", "md", "so", D(2026, 2, 3), {"instemming_ouders": "no_date", "bevorderende_factoren": "holds:belemmerende_factoren"}, []),
    ("g22", "L8", "docx", "po", D(2025, 10, 14), {"uitstroombestemming": "empty", "onderbouwing": "empty", "instemming_ouders": "blank_line"}, []),
    ("g23", "L8", "pdf-lo", "sbo", D(2025, 11, 20), {"doelen": "instruction", "instemming_ouders": "partial"}, []),
    ("g24", "L8", "docx", "so", D(2026, 6, 15), {"oogo": "vague", "adviezen_professionals": "missing"}, []),
    ("g25", "L9", "pdf-form", "po", D(2025, 10, 14), {"ondersteuning": "zie", "inbreng_leerling": "view_only"}, []),
    ("g26", "L9", "pdf-form", "so", D(2026, 2, 3), {"belemmerende_factoren": "placeholder", "instemming_ouders": "unticked"}, []),
    ("g27", "L1", "scan", "sbo", D(2025, 11, 20), {"oogo": "minutes_only"}, []),
    ("g28", "L6", "scan", "po", D(2026, 2, 3), {"instemming_ouders": "voor_gezien", "evaluatie": "empty"}, []),
    ("g29", "L2", "docx", "vso", D(2025, 10, 14), {"inbreng_leerling": "view_only", "uitstroombestemming": "vague"}, []),
    ("g30", "L4", "pdf", "vso", D(2026, 2, 3), {"instemming_ouders": "wrong_signer", "inbreng_leerling": "na"}, ["adult"]),
    ("g31", "L5", "pdf", "vo", D(2025, 10, 14), {"afwijkingen_onderwijsprogramma": "missing", "evaluatie": "zie"}, []),
    ("g32", "L3", "odt", "pro", D(2025, 11, 20), {"ondersteuningsbehoefte": "empty", "oogo": "missing"}, []),
    ("g33", "L1", "docx", "po", D(2025, 10, 14), {"inbreng_leerling": "missing"}, ["revised"]),
    ("g34", "L8", "docx", "po", D(2025, 3, 12), {"afwijkingen_onderwijsprogramma": "missing", "informatie_rechten": "zie"}, []),
]

NONOPP = [  # (id, kind, fmt, school_type)
    ("n01", "leaflet", "pdf", "none"),
    ("n02", "newsletter", "docx", "sbo"),
    ("n03", "mdo-notulen", "txt", "po"),
    ("n04", "arrangement-deel-a", "docx", "po"),
    ("b01", "blank-L1", "docx", "none"),
    ("b02", "blank-L9", "pdf-form", "none"),
    ("b03", "blank-L8", "docx", "none"),
]

EXT = {"pdf-lo": "pdf", "pdf": "pdf", "pdf-form": "pdf", "scan": "pdf", "odt-pdf": "pdf", "docx": "docx", "odt": "odt", "txt": "txt", "md": "md"}


def states_for(spec, p):
    sid, lay, fmt, typ, date, gaps, ex = spec
    st = {e: "present" for e in ELEMENTS}
    if date < D(2025, 8, 1) and "revised" not in ex:
        st["inbreng_leerling"] = "na"
    st.update(gaps)
    return st


class Patch:
    """Small per-document text tweaks that the layouts read through the Pupil object."""


def make_pupil(spec):
    sid, lay, fmt, typ, date, gaps, ex = spec
    seed = zlib.crc32(sid.encode())
    return Pupil(seed, typ, date, adult="adult" in ex, curatele="curatele" in ex)


def patch_content(p, ex):
    """Apply extras that change texts: revised plan, own learning line mentioned in history."""
    import content
    orig_present = content.present_text
    orig_history = content.history

    def present_text(eid, pp, alt=False):
        if eid == "vaststelling" and "revised" in ex:
            return [("p", f"Dit OPP is vastgesteld op 10 maart 2025 door {pp.director}, directeur. Na de evaluatie is het plan bijgesteld "
                          f"en opnieuw vastgesteld op {dlong(pp.plan_date)} door {pp.director}.")]
        return orig_present(eid, pp, alt)

    def history(pp):
        out = orig_history(pp)
        if "ell" in ex:
            out.append(("p", f"Sinds groep 5 werkt {pp.first} voor rekenen op een eigen leerlijn op het niveau van eind groep 4; "
                             f"{pp.hij} doet niet mee met de methodetoetsen rekenen van de groep."))
        return out
    content.present_text = present_text
    content.history = history
    import layouts
    layouts.history = history
    return orig_present, orig_history


def unpatch(orig):
    import content, layouts
    content.present_text, content.history = orig
    layouts.history = orig[1]


# ---------------- fillable PDF form (reportlab) ----------------
def form_pdf(path, title, header_pairs, fields, consent, sig_lines=None):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.colors import black, white, HexColor
    pdfmetrics.registerFont(TTFont("DV", R.FONT + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", R.FONT + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", R.FONT + "DejaVuSerif-Italic.ttf"))
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title)
    W, H = A4
    form = c.acroForm
    y = H - 50
    n = [0]

    def newpage():
        nonlocal y
        c.setFont("DV", 7); c.drawString(40, 25, f"{title} — formulier versie 2.1 — pagina {c.getPageNumber()}")
        c.showPage(); y = H - 50

    def need(h):
        if y - h < 50:
            newpage()

    c.setFont("DVB", 14); c.drawString(40, y, title); y -= 24
    for k, v in header_pairs:
        need(22)
        c.setFont("DVB", 8.5); c.drawString(40, y, k)
        n[0] += 1
        form.textfield(name=f"f{n[0]}", value=v, x=170, y=y - 5, width=385, height=15, fontName="Helvetica", fontSize=8, borderWidth=0.5,
                       borderColor=black, fillColor=white, tooltip=k)
        y -= 20
    y -= 6
    import textwrap

    def latin(t):
        t = t.replace("—", "-").replace("–", "-").replace("•", "-").replace("…", "...").replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
        return t.encode("latin-1", "replace").decode("latin-1")
    header_pairs = [(k, latin(v)) for k, v in header_pairs]
    for lab, val in fields:
        txt = "\n".join(textwrap.fill(seg, 118) for seg in latin(val or "").split("\n")) if val else ""
        lines = max(2, txt.count("\n") + 1)
        h = min(lines * 9.6 + 8, 520)
        need(h + 18)
        c.setFont("DVB", 9); c.drawString(40, y, lab); y -= 4
        n[0] += 1
        form.textfield(name=f"f{n[0]}", value=txt, x=40, y=y - h, width=515, height=h, fontName="Helvetica", fontSize=8,
                       fieldFlags="multiline", borderWidth=0.5, borderColor=black, fillColor=white, tooltip=lab)
        y -= h + 14
    need(60)
    c.setFont("DVB", 10); c.drawString(40, y, "Instemming handelingsdeel"); y -= 16
    for t, s in consent:
        need(22)
        if t.startswith("☒") or t.startswith("☐"):
            n[0] += 1
            form.checkbox(name=f"cb{n[0]}", x=40, y=y - 3, size=11, checked=t.startswith("☒"), buttonStyle="cross", borderWidth=0.5)
            c.setFont("DV", 8.5); c.drawString(58, y, t[2:])
            y -= 16
        elif s == "s":
            c.setFont("DVI", 15); c.drawString(80, y - 4, t); y -= 22
        elif s == "b":
            c.setFont("DVB", 9); c.drawString(40, y, t); y -= 15
        else:
            c.setFont("DV", 8.5)
            # wrap long lines
            words, line = t.split(), ""
            for w in words:
                if c.stringWidth(line + " " + w, "DV", 8.5) > 510:
                    c.drawString(40, y, line); y -= 12; line = w
                else:
                    line = (line + " " + w).strip()
            c.drawString(40, y, line); y -= 13
    c.setFont("DV", 7); c.drawString(40, 25, f"{title} — formulier versie 2.1 — pagina {c.getPageNumber()}")
    c.showPage()
    c.save()


def L9_doc(p, st, path, ex):
    header = [("Naam leerling", p.name), ("Geboortedatum", dshort(p.birth)), ("School", p.school), ("Groep", p.klas),
              ("Ouders", f"{p.mother}, {p.father}"), ("Samenwerkingsverband", p.swv),
              ("Soort aanvraag", "Arrangement extra ondersteuning, incl. beknopt OPP")]
    fields = [("Schoolloopbaan (kort)", R.flat(history(p)[:2])), ("Gesprekken met ouders", R.flat(minutes_intake(p)[:2]))]
    for eid, lab in L9_FIELDS:
        s = st[eid]
        if s in ("missing", "moved", "minutes_only"):
            continue
        bl = element_blocks(eid, s, p)
        if bl is None:
            continue
        fields.append((lab, R.flat(bl)))
    s = st["instemming_ouders"]
    cons = consent_lines(s, p) if s not in ("missing", "avg_only", "tlv_only") else []
    form_pdf(path, "Beknopt OPP / aanvraag arrangement", header, fields, cons)


# ---------------- non-OPP documents ----------------
def leaflet_blocks():
    return ("Het ontwikkelingsperspectief (OPP): wat betekent dat voor u?", [
        ("p", "Informatie voor ouders en verzorgers — Samenwerkingsverband Passend Onderwijs Lindeveld e.o."),
        ("h", 1, "Wat is een OPP?"),
        ("p", "Heeft uw kind extra ondersteuning nodig, dan maakt de school een ontwikkelingsperspectiefplan (OPP). Daarin staat wat de school verwacht "
              "dat uw kind kan bereiken (de uitstroombestemming) en waarom, welke factoren het leren belemmeren of bevorderen, en welke ondersteuning de school biedt."),
        ("h", 1, "Wat staat er in een OPP?"),
        ("bullets", ["de verwachte uitstroombestemming en de onderbouwing daarvan", "belemmerende en bevorderende factoren",
                     "de onderwijsbehoeften van uw kind", "doelen en de ondersteuning die de school biedt (het handelingsdeel)",
                     "eventuele afwijkingen van het onderwijsprogramma", "adviezen van deskundigen", "de mening van uw kind"]),
        ("h", 1, "Uw rol als ouder"),
        ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw instemming nodig. "
              "Het OPP wordt minstens één keer per jaar met u en uw kind geëvalueerd."),
        ("h", 1, "Niet eens?"),
        ("p", "Bespreek het eerst met de school. U kunt ook terecht bij het ouder- en jeugdsteunpunt, een onderwijsconsulent, of binnen zes weken "
              "bij de Geschillencommissie passend onderwijs."),
        ("p", "Meer weten? Bel het ouder- en jeugdsteunpunt: 0800-0000000 (gratis) of mail naar steunpunt@swv-lindeveld.example."),
    ])


def newsletter_blocks():
    return ("Nieuwsbrief SBO De Wegwijzer — december 2025", [
        ("h", 1, "Van de directie"),
        ("p", "Wat een drukke maand! De sinterklaasviering was een groot feest; de Pieten kwamen dit jaar met een tractor het plein op."),
        ("h", 1, "OPP-gesprekken in januari"),
        ("p", "In de week van 12 januari 2026 vinden de evaluatiegesprekken van de ontwikkelingsperspectiefplannen plaats. U ontvangt via het ouderportaal een uitnodiging. "
              "Dit jaar vragen we ook de kinderen zelf om vooraf een kindformulier in te vullen: wat gaat goed, wat wil ik leren?"),
        ("p", "Vragen over het OPP of over uw rechten? Loop gerust binnen bij de intern begeleider, meneer Boschveld."),
        ("h", 1, "Schoolreis en luizencontrole"),
        ("p", "Na de kerstvakantie is er weer luizencontrole. De schoolreis gaat dit jaar naar Dierenpark Zandrade (22 mei 2026)."),
        ("table", [["Datum", "Activiteit"], ["19-12-2025", "Kerstdiner"], ["22-12 t/m 2-1", "Kerstvakantie"], ["12-01-2026", "OPP-gesprekken"]], True),
    ])


def mdo_blocks():
    p = Pupil(zlib.crc32(b"n03"), "po", D(2025, 11, 4))
    return (f"Notulen MDO {p.name}", [
        ("p", f"Datum: 4 november 2025. Aanwezig: {p.mother}, {p.father}, {p.teacher} (leerkracht), {p.ib} (IB), {p.ortho} (orthopedagoog SWV), jeugdverpleegkundige."),
        ("h", 1, "1. Opening en doel"), ("p", f"Doel van het overleg: bespreken of {p.first} in aanmerking komt voor een arrangement of een TLV sbo."),
        ("h", 1, "2. Beeld van school"), ("p", f"{p.first} blijft achter bij rekenen en lezen (DLE {p.dle_rek} en {p.dle_bl}). {p.Hij} werkt goed mee maar raakt snel vermoeid."),
        ("h", 1, "3. Beeld van ouders"), ("p", "Ouders herkennen het beeld en maken zich zorgen over de overstap naar het voortgezet onderwijs."),
        ("h", 1, "4. Advies orthopedagoog"), ("p", "Advies: eerst een arrangement binnen de eigen school aanvragen; over een half jaar opnieuw bekijken."),
        ("h", 1, "5. Afspraken"), ("bullets", [f"IB stelt een ontwikkelingsperspectief op en bespreekt dat in december met ouders.",
                                              "School vraagt een arrangement aan bij het samenwerkingsverband.", "Volgend MDO: maart 2026."]),
    ])


def arr_a_blocks():
    p = Pupil(zlib.crc32(b"n04"), "po", D(2025, 12, 1))
    return (f"Aanvraag arrangement — deel A ({p.name})",
            personalia(p) + [("h", 1, "Aanvraag")] + arrangement_request(p) + [("h", 1, "Schoolgeschiedenis")] + history(p) +
            [("h", 1, "Gesprekken")] + minutes_intake(p) +
            [("p", "Deel B (groeidocument) en deel C (ontwikkelingsperspectiefplan) worden na toekenning van het arrangement opgesteld en nagestuurd.")])


def blank_L1():
    o = [("h", 1, "1. Gegevens van de leerling"), ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("School", ""), ("Groep/klas", ""),
                                                         ("Ouders/verzorgers", ""), ("Intern begeleider", "")]),
         ("h", 1, "2. Schoolloopbaan en ontwikkeling"), ("h", 1, "3. Toets- en onderzoeksgegevens"), ("h", 1, "4. Gesprekken en consultaties"),
         ("h", 1, "5. Ontwikkelingsperspectief")]
    for h in ["5.1 Verwachte uitstroombestemming", "5.2 Onderbouwing", "5.3 Belemmerende factoren", "5.4 Bevorderende factoren",
              "5.5 Onderwijsbehoeften", "5.6 Adviezen van deskundigen"]:
        o.append(("h", 2, h))
    o.append(("h", 1, "6. Handelingsdeel"))
    for h in ["6.1 Doelen voor dit schooljaar", "6.2 Ondersteuning en begeleiding", "6.3 Afwijkingen van het onderwijsprogramma", "6.4 Inbreng van de leerling"]:
        o.append(("h", 2, h))
    o.append(("h", 1, "7. Overleg, evaluatie en vaststelling"))
    for h in ["7.1 Op overeenstemming gericht overleg", "7.2 Evaluatie", "7.3 Informatie voor ouders over hun rechten", "7.4 Vaststelling"]:
        o.append(("h", 2, h))
    o += [("h", 2, "7.5 Instemming ouders met het handelingsdeel"),
          ("lines", [("Naam ouder/verzorger: ______________________", "n"), ("Handtekening: ______________________", "n"), ("Datum: ______________", "n")])]
    return "Groeidocument — format schooljaar 2025-2026", o


def blank_L8():
    o = [("kv", [("Naam leerling", ""), ("Groep", ""), ("Datum", "")]), ("h", 1, "Stap 1 — Waarnemen: gegevens verzamelen"),
         ("i", "Voeg hier de schoolloopbaan, toetsgegevens en gespreksverslagen in."), ("h", 1, "Stap 2 — Begrijpen: het kind in beeld")]
    for lab in ["Belemmerende factoren", "Bevorderende factoren", "Onderwijsbehoeften", "Adviezen externen"]:
        o.append(("cc", lab, None))
    o.append(("h", 1, "Stap 3 — Plannen: ontwikkelingsperspectief"))
    for lab in ["Uitstroombestemming", "Onderbouwing", "Doelen", "Ondersteuning", "Afwijkingen onderwijsprogramma"]:  # 2023 format: no pupil field
        o.append(("cc", lab, None))
    o.append(("h", 1, "Stap 4 — Realiseren en evalueren"))
    for lab in ["Evaluatie", "OOGO ouders", "Vaststelling", "Rechten ouders"]:
        o.append(("cc", lab, None))
    o += [("h", 2, "Instemming"), ("lines", [("☐ Ouders stemmen in met het handelingsdeel", "n"), ("Handtekening ouder: ", "n"), ("Datum: ", "n")])]
    return "Groeidocument (HGW) — format versie 2023", o


# ---------------- conversion helpers ----------------
def soffice_batch(files, outdir):
    if not files:
        return
    os.makedirs(outdir, exist_ok=True)
    prof = "file://" + os.path.join(TMP, "lo_profile")
    for i in range(0, len(files), 10):
        subprocess.run(["nice", "soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf", "--outdir", outdir] + files[i:i + 10],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def fix_pdf_meta(path):
    from pypdf import PdfReader, PdfWriter
    r = PdfReader(path)
    w = PdfWriter(clone_from=r)
    w.add_metadata({"/CreationDate": "D:20261206090000+00'00'", "/ModDate": "D:20261206090000+00'00'", "/Producer": "blind32 generator"})
    w._ID = None
    with open(path, "wb") as f:
        w.write(f)


def normalize_zip(path):
    """Rewrite a docx/odt with fixed timestamps so that output bytes are reproducible."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items.sort(key=lambda x: (x[0] != "mimetype", ))
    with zipfile.ZipFile(path, "w") as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def scan(src_pdf, dst_pdf, seed):
    from PIL import Image, ImageFilter
    import random as rnd
    r = rnd.Random(seed)
    pref = os.path.join(TMP, f"scan_{seed}")
    subprocess.run(["nice", "pdftoppm", "-r", "130", "-gray", "-png", src_pdf, pref], check=True)
    pages = sorted(f for f in os.listdir(TMP) if f.startswith(f"scan_{seed}-") and f.endswith(".png"))
    imgs = []
    for fn in pages:
        im = Image.open(os.path.join(TMP, fn)).convert("L")
        im = im.rotate(r.uniform(-1.4, 1.4), resample=Image.BICUBIC, expand=True, fillcolor=255)
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 60):
            x, y = r.randrange(w), r.randrange(h)
            px[x, y] = r.choice((0, 60, 120, 200))
        im = im.filter(ImageFilter.GaussianBlur(0.45))
        imgs.append(im)
    imgs[0].save(dst_pdf, save_all=True, append_images=imgs[1:], resolution=130)


NOTE_STATE = {"vague": "text sounds filled in but says nothing concrete", "empty": "heading/field with nothing under it",
              "placeholder": "placeholder", "instruction": "format instruction left in", "zie": "only refers elsewhere",
              "echo": "section only repeats its heading", "nvt_applies": "'n.v.t.' while an own learning line is mentioned in the history",
              "view_only": "pupil's view without what it changed", "no_date_vast": "set by director, date dotted",
              "oogo_nodate": "meeting date dotted", "minutes_only": "only earlier meeting minutes / old evaluation, nothing about this plan",
              "avg_only": "only an AVG consent is signed", "tlv_only": "only the consent to the TLV request is signed",
              "moved": "content stands under another element's heading", "voor_gezien": "signed 'voor gezien'",
              "onder_protest": "signed under protest", "refused": "'stemt niet in' ticked", "partial": "partial consent",
              "school_only": "signed by school only", "blank_line": "blank signature lines", "unticked": "boxes unticked, no signature",
              "no_date": "signature without date", "looks_signed": "name typed, signature and date dotted",
              "wrong_signer": "adult pupil, only the parent signed", "missing": "absent", "na": "not applicable", "stated": "consent stated digitally with date"}


def main():
    if os.path.exists(DOCS):
        shutil.rmtree(DOCS)
    if os.path.exists(TMP):
        shutil.rmtree(TMP)
    os.makedirs(DOCS); os.makedirs(TMP)
    labels = []
    to_lo = []
    ids = [x[0] for x in SPECS] + [x[0] for x in NONOPP]
    random.Random(20261206).shuffle(ids)
    NUM = {sid: i + 1 for i, sid in enumerate(ids)}  # (src, final, scan?)
    for spec in SPECS:
        sid, lay, fmt, typ, date, gaps, ex = spec
        p = make_pupil(spec)
        st = states_for(spec, p)
        orig = patch_content(p, ex)
        ext = EXT[fmt]
        fname = f"doc{NUM[sid]:02d}.{ext}"
        final = os.path.join(DOCS, fname)
        exl = [x for x in ex if x in ("avg", "tlv", "oldeval")]
        if lay == "L9":
            L9_doc(p, st, final, exl)
        else:
            title, blocks = LAYOUTS[lay](p, st, exl)
            if fmt == "docx":
                R.to_docx(blocks, final, title=title, footer=f"{p.school} — vertrouwelijk")
            elif fmt == "pdf-lo":
                src = os.path.join(TMP, f"{sid}.docx")
                R.to_docx(blocks, src, title=title, footer=f"{p.school} — vertrouwelijk")
                to_lo.append((src, final, False))
            elif fmt == "odt":
                R.to_odt(blocks, final, title=title)
            elif fmt == "odt-pdf":
                src = os.path.join(TMP, f"{sid}.odt")
                R.to_odt(blocks, src, title=title)
                to_lo.append((src, final, False))
            elif fmt == "pdf":
                hdr = f"LeerlingVolg Plus 7.3 — {p.school} — afgedrukt 06-12-2026 09:00" if lay == "L5" else None
                ftr = "Vertrouwelijk — pagina {p} van {n}" if lay == "L5" else "pagina {p}"
                R.to_pdf(blocks, final, title=title, header=hdr, footer=ftr, serif=(lay == "L4"))
            elif fmt == "scan":
                if lay == "L4":
                    src = os.path.join(TMP, f"{sid}-src.pdf")
                    R.to_pdf(blocks, src, title=title, serif=True, footer="pagina {p}")
                    to_lo.append((src, final, True))
                else:
                    src = os.path.join(TMP, f"{sid}.docx")
                    R.to_docx(blocks, src, title=title, footer=f"{p.school}")
                    to_lo.append((src, final, True))
            elif fmt in ("txt", "md"):
                R.to_text(blocks, final, title=title, md=(fmt == "md"),
                          footer=("-- export LeerlingVolg Plus 7.3, 06-12-2026 --" if lay == "L5" else None))
        unpatch(orig)
        els = {e: label_of(st[e]) for e in ELEMENTS}
        gap_notes = "; ".join(f"{e}: {NOTE_STATE.get(s, s) if not s.startswith('holds:') else 'heading holds the text of ' + s[6:]}"
                              for e, s in gaps.items()) or "complete"
        extras = []
        if "avg" in ex: extras.append("signed AVG consent as distractor")
        if "tlv" in ex or lay == "L2": extras.append("signed TLV-request consent as distractor")
        if "adult" in ex: extras.append("adult pupil, himself the party")
        if "curatele" in ex: extras.append("18-year-old under curatele; mother as curator signs, pupil's input required")
        if "revised" in ex: extras.append("set March 2025, revised Oct 2025: pupil's input required")
        if date < D(2025, 8, 1) and "revised" not in ex: extras.append("plan set before 1 Aug 2025")
        extras.append("filler: school history, test table, minutes of earlier meetings" + (", old evaluation" if lay in ("L1", "L4") else ""))
        labels.append({"file": "docs/" + fname, "format": ext, "layout": LAYOUT_NAMES[lay], "school_type": typ,
                       "scanned": fmt == "scan", "elements": els,
                       "accept_unclear": (["instemming_ouders"] if fmt == "scan" else []),
                       "notes": f"[{sid}] {LAYOUT_NAMES[lay]}, {fmt}, plan {date.isoformat()}. Gaps: {gap_notes}. " + "; ".join(extras)})

    # non-OPP
    for sid, kind, fmt, typ in NONOPP:
        ext = EXT[fmt]
        fname = f"doc{NUM[sid]:02d}.{ext}"
        final = os.path.join(DOCS, fname)
        els = {e: "missing" for e in ELEMENTS}
        if kind == "leaflet":
            t, b = leaflet_blocks(); R.to_pdf(b, final, title=t); note = "leaflet for parents about the OPP; not an OPP"
        elif kind == "newsletter":
            t, b = newsletter_blocks(); R.to_docx(b, final, title=t); note = "school newsletter mentioning OPP talks; not an OPP"
        elif kind == "mdo-notulen":
            t, b = mdo_blocks(); R.to_text(b, final, title=t); note = "minutes of an MDO, agreement to draw up an OPP later; not an OPP"
        elif kind == "arrangement-deel-a":
            t, b = arr_a_blocks(); R.to_docx(b, final, title=t); note = "arrangement request part A only, OPP to follow; not an OPP"
        elif kind == "blank-L1":
            t, b = blank_L1(); R.to_docx(b, final, title=t)
            els = {e: "incomplete" for e in ELEMENTS}
            note = "blank format of layout gd-genummerde-hoofdstukken: every element has a heading, all empty"
        elif kind == "blank-L8":
            t, b = blank_L8(); R.to_docx(b, final, title=t)
            els = {e: "incomplete" for e in ELEMENTS}; els["inbreng_leerling"] = "missing"
            note = "blank 2023 format of layout hgw-cyclus: empty content controls; no field for the pupil's input"
        elif kind == "blank-L9":
            p = Pupil(zlib.crc32(b"b02"), "po", D(2025, 9, 1))
            fields = [(lab, "") for eid, lab in L9_FIELDS if eid not in ("inbreng_leerling", "informatie_rechten")]
            form_pdf(final, "Beknopt OPP / aanvraag arrangement (leeg formulier)",
                     [("Naam leerling", ""), ("Geboortedatum", ""), ("School", ""), ("Groep", "")], fields,
                     [("☐ Ouders stemmen in met het handelingsdeel", "n"), ("☐ Ouders stemmen niet in met het handelingsdeel", "n"),
                      ("Handtekening ouder: ______________________   Datum: ____________", "n")])
            els = {e: "incomplete" for e in ELEMENTS}; els["inbreng_leerling"] = "missing"; els["informatie_rechten"] = "missing"
            note = "blank fillable form (older version): empty fields; no fields for pupil's input or parents' rights"
        labels.append({"file": "docs/" + fname, "format": ext, "layout": kind, "school_type": typ, "scanned": False,
                       "elements": els, "accept_unclear": [], "notes": f"[{sid}] " + note})

    # LibreOffice conversions and scans
    lo_src = [s for s, f, sc in to_lo if not s.endswith(".pdf")]
    soffice_batch(lo_src, TMP)
    for src, final, sc in to_lo:
        pdf = src if src.endswith(".pdf") else os.path.splitext(src)[0] + ".pdf"
        if sc:
            scan(pdf, final, zlib.crc32(os.path.basename(final).encode()))
        else:
            shutil.copy(pdf, final)
    for fn in sorted(os.listdir(DOCS)):
        if fn.endswith(".pdf"):
            try:
                fix_pdf_meta(os.path.join(DOCS, fn))
            except Exception as e:
                print("meta", fn, e)
    for fn in sorted(os.listdir(DOCS)):
        if fn.endswith((".docx", ".odt")):
            normalize_zip(os.path.join(DOCS, fn))
    labels.sort(key=lambda d: d["file"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": labels}, f, ensure_ascii=False, indent=1)
    shutil.rmtree(TMP)
    print(len(labels), "documents")


if __name__ == "__main__":
    main()
