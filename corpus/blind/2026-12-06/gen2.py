# -*- coding: utf-8 -*-
"""Main: specs, fillable form, non-OPPs, labels. Run: ../venv/bin/python gen2.py"""
import os, sys, json, glob, shutil, subprocess, hashlib, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import *
from backends import *

def form_pdf(ctx, E, path):
    fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    import textwrap
    cv = canvas.Canvas(path, pagesize=A4, invariant=1); W, Hh = A4
    af = cv.acroForm
    y = [Hh - 2 * cm]; fid = [0]
    def newpage():
        cv.setFont("DV", 7); cv.drawString(2 * cm, 1 * cm, f"Beknopt OPP — {ctx['swv']} — invulformulier v3"); cv.showPage(); y[0] = Hh - 2 * cm
    def need(h):
        if y[0] - h < 2 * cm: newpage()
    def text(s, font="DV", size=9):
        need(14); cv.setFont(font, size); cv.drawString(2 * cm, y[0], s); y[0] -= size + 5
    def field(label, value, lines=None):
        value = value or ""
        if isinstance(value, list): value = "\n".join("- " + v for v in value)
        value = value.replace("\u2014", "-").replace("\u20ac", "EUR").replace("\u2019", "'")
        value = value.encode("latin-1", "replace").decode("latin-1")
        value = "\n".join(("\n".join(textwrap.wrap(p, 100)) or "") for p in value.split("\n")) if value else ""
        nl = lines or max(1, value.count("\n") + 1)
        h = 11 * nl + 6
        need(h + 16); cv.setFont("DVB", 8.5); cv.drawString(2 * cm, y[0], label); y[0] -= 4
        fid[0] += 1
        af.textfield(name=f"f{fid[0]:02d}", tooltip=label, value=value, x=2 * cm, y=y[0] - h, width=17 * cm, height=h, fontName="Helvetica", fontSize=8,
                     borderColor=colors.grey, fillColor=colors.HexColor("#f4f7fb"), fieldFlags="multiline" if nl > 1 else "", borderWidth=0.5)
        y[0] -= h + 10
    def check(label, val):
        need(16); fid[0] += 1
        af.checkbox(name=f"c{fid[0]:02d}", checked=bool(val), x=2 * cm, y=y[0] - 3, size=10, buttonStyle="cross", borderColor=colors.black, fillColor=colors.white)
        cv.setFont("DV", 8.5); cv.drawString(2.6 * cm, y[0] - 1, label); y[0] -= 16
    text("BEKNOPT ONTWIKKELINGSPERSPECTIEF", "DVB", 14); text(f"{ctx['swv']}", "DV", 8); y[0] -= 4
    for a, v in [("Naam leerling", ctx["name"]), ("Geboortedatum", dshort(ctx["born"]) if ctx["first"] else ""), ("School", ctx["school"]), ("Groep/klas", ctx["groep"])]:
        field(a, v, 1)
    L = {"uitstroombestemming":"1. Verwachte uitstroombestemming","onderbouwing":"2. Onderbouwing (toetsgegevens, leerrendement, IQ)",
         "bevorderende_factoren":"3a. Bevorderende factoren","belemmerende_factoren":"3b. Belemmerende factoren","ondersteuningsbehoefte":"4. Onderwijsbehoeften",
         "ondersteuning":"5. Ondersteuning: wat, wie, hoe vaak, vanaf wanneer","afwijkingen_onderwijsprogramma":"6. Afwijkingen van het onderwijsprogramma",
         "doelen":"7. Doelen","adviezen_professionals":"8. Adviezen externe deskundigen","oogo":"9. OOGO met ouders (datum, aanwezigen)",
         "inbreng_leerling":"10. Inbreng leerling (wat vindt de leerling, wat is ermee gedaan)","evaluatie":"11. Evaluatie (data)",
         "vaststelling":"12. Vastgesteld op / door","informatie_rechten":"13. Informatie rechten ouders"}
    for e in ["uitstroombestemming","onderbouwing","bevorderende_factoren","belemmerende_factoren","ondersteuningsbehoefte","ondersteuning",
              "afwijkingen_onderwijsprogramma","doelen","adviezen_professionals","oogo","inbreng_leerling","evaluatie","vaststelling","informatie_rechten"]:
        if E[e][1] is None: continue
        field(L[e], E[e][1])
    lab, blocks = E["instemming_ouders"]
    if blocks:
        y[0] -= 4
        title = blocks[0][1] if blocks[0][0] == "h" else "14. Instemming handelingsdeel"
        text(title, "DVB", 10)
        for b in blocks:
            if b[0] == "check": check(b[2], b[1])
            elif b[0] == "p": field("Toelichting", b[1])
            elif b[0] == "sig":
                _, role, name, signed, date, rem = b
                field(f"Naam en handtekening {role.lower()}", (name + (f" — {rem}" if rem else "")) if signed else "", 1)
                field("Datum", date or "", 1)
    cv.setFont("DV", 7); cv.drawString(2 * cm, 1 * cm, f"Beknopt OPP — {ctx['swv']} — invulformulier v3")
    cv.save()

# -------------------------------------------------------------- non-OPP documents
def leaflet(path):
    B = [("title", "Wat is een ontwikkelingsperspectiefplan?"), ("sub", "Informatie voor ouders — SWV Passend Onderwijs Lindeland"),
         ("p", "Sommige kinderen hebben meer ondersteuning nodig dan de school gewoonlijk biedt. Voor hen maakt de school een ontwikkelingsperspectiefplan, kortweg OPP. In deze folder leest u wat daarin staat en wat uw rol is."),
         ("h2", "Wat staat er in een OPP?"),
         ("ul", ["de verwachte uitstroombestemming: naar welk type vervolgonderwijs uw kind waarschijnlijk gaat, en waarom de school dat verwacht;",
                 "de belemmerende en bevorderende factoren: wat het leren lastig maakt en wat helpt;",
                 "welke ondersteuning uw kind krijgt, van wie en hoe vaak (het handelingsdeel);",
                 "eventuele afwijkingen van het gewone lesprogramma."]),
         ("h2", "Wat is uw rol als ouder?"),
         ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld. Voor het handelingsdeel is uw instemming nodig. Vanaf 1 augustus 2025 wordt ook uw kind zelf gehoord over het plan."),
         ("h2", "Niet eens?"),
         ("p", "Praat eerst met de school. Komt u er samen niet uit, dan kunt u terecht bij het ouder- en jeugdsteunpunt, een onderwijsconsulent of de Geschillencommissie passend onderwijs."),
         ("p", "Meer weten? Bel het ouder- en jeugdsteunpunt Lindeland: 0599-123 456 (ma-do 9-12 uur).")]
    to_pdf(B, path, seed="leaflet")

def newsletter_blocks():
    return [("title", "Nieuwsbrief OBS De Klimboom — december 2026"),
            ("h2", "Sinterklaas"), ("p", "Wat een feest was het op 5 december! Dank aan de ouderraad voor de organisatie."),
            ("h2", "OPP-gesprekken"), ("p", "In week 3 en 4 vinden de evaluatiegesprekken plaats voor leerlingen met een ontwikkelingsperspectiefplan (OPP). De intern begeleider nodigt de betreffende ouders persoonlijk uit. Heeft u vragen over het OPP of over uw instemming, loop dan gerust even binnen bij juf Karin."),
            ("h2", "Kerstviering"), ("p", "Donderdag 17 december is de kerstviering van 17.00 tot 18.30 uur. Groep 8 verzorgt de musical."),
            ("h2", "Luizencontrole"), ("p", "Na de kerstvakantie is er weer luizencontrole op maandag 5 januari."),
            ("h2", "Agenda"), ("ul", ["17 dec: kerstviering", "21 dec t/m 1 jan: kerstvakantie", "12 jan: studiedag, alle leerlingen vrij"])]

# -------------------------------------------------------------- specs
S = []
def s(id, layout, fmt, prof, date, consent="signed", gaps=None, notes="", scan=False):
    S.append(dict(id=id, layout=layout, fmt=fmt, prof=prof, date=date, consent=consent, gaps=gaps or {}, notes=notes, scan=scan))
d = dt.date
s("po-genummerd-compleet", "swv-genummerd", "pdf-soffice", "po_lezen", d(2025,10,14), notes="complete plan after 1-8-2025")
s("po-genummerd-gaps", "swv-genummerd", "docx", "po_gedrag", d(2025,11,18), "voor_gezien", {"onderbouwing":"empty","doelen":"ntb"}, "onderbouwing heading empty; doelen 'n.t.b.'; consent 'voor gezien'")
s("po-genummerd-2025voorjaar", "swv-genummerd", "pdf-soffice", "po_gedrag", d(2025,3,11), notes="complete, set before 1-8-2025 (no pupil section: n/a); 'geen afwijkingen'")
s("sbo-genummerd-protest", "swv-genummerd", "pdf-soffice", "sbo_rekenen", d(2026,1,20), "onder_protest", {"adviezen_professionals":"bijlage"}, "advice only 'zie verslag'; consent signed 'onder protest'")
s("vo-genummerd-geen-evaluatie", "swv-genummerd", "docx", "vo_havo", d(2025,9,29), "stated", {"evaluatie":"M","informatie_rechten":"M"}, "no evaluation section, no rights section; consent stated by e-mail with date")
s("pro-genummerd-leeg", "swv-genummerd", "pdf-soffice", "pro_werk", d(2025,10,15), "signed", {"ondersteuningsbehoefte":"aanvullen","afwijkingen_onderwijsprogramma":"empty"}, "needs 'nog aanvullen'; deviations heading empty")
s("vso-genummerd-ouders-tekenen", "swv-genummerd", "pdf", "vso_adult", d(2025,6,10), "adult_parents", {}, "adult pupil, plan before 1-8-2025; only parents signed, pupil line blank")
s("po-tabel-compleet", "tabel-tweekolom", "docx", "po_lezen", d(2026,2,3), notes="complete")
s("so-tabel-instructies", "tabel-tweekolom", "docx", "so_autisme", d(2025,10,7), "refused", {"uitstroombestemming":"instr","bevorderende_factoren":"instr"}, "template instructions left in two rows; consent refused (niet akkoord ticked)")
s("vo-tabel-2025juni", "tabel-tweekolom", "pdf-soffice", "vo_vmbo", d(2025,6,17), "signed", {"belemmerende_factoren":"M"}, "row Belemmerend absent; before 1-8-2025")
s("pro-tabel-deels", "tabel-tweekolom", "odt", "pro_werk", d(2025,11,25), "partial", {"oogo":"empty","inbreng_leerling":"noeff"}, "OOGO row empty; pupil's view without what it changed; partial consent")
s("vso-tabel-meerderjarig", "tabel-tweekolom", "odt", "vso_adult", d(2025,10,21), "adult_self", {}, "complete; adult pupil signs himself (inbreng n/a)")
s("po-tabel-fototoestemming", "tabel-tweekolom", "pdf-soffice", "po_gedrag", d(2026,9,22), "photos", {}, "photo consent signed, no OPP consent at all")
s("sbo-domein-compleet", "domeinen-tabel", "pdf", "sbo_rekenen", d(2025,10,2), notes="complete; factors in domain table")
s("vo-domein-schooltekent", "domeinen-tabel", "pdf", "vo_vmbo", d(2026,3,10), "school_only", {"bevorderende_factoren":"dots"}, "bevorderend column '...'; only school signed")
s("po-domein-2024", "domeinen-tabel", "docx", "po_gedrag", d(2024,11,12), "blank", {"onderbouwing":"M"}, "no onderbouwing; blank signature lines; before 1-8-2025")
s("so-domein-zonderdatum", "domeinen-tabel", "pdf", "so_autisme", d(2026,2,17), "nodate", {"ondersteuning":"empty","vaststelling":"ntb"}, "handelingsdeel table empty; vaststelling 'n.t.b.'; parent signature without date")
s("pro-domein-2025april", "domeinen-tabel", "odt", "pro_werk", d(2025,4,8), "signed", {"afwijkingen_onderwijsprogramma":"M","adviezen_professionals":"M"}, "deviations not mentioned (pupil has them) and no advice section")
s("vo-domein-compleet", "domeinen-tabel", "pdf", "vo_havo", d(2025,10,20), notes="complete; 'geen afwijkingen'")
s("so-groei-compleet", "groeidocument", "pdf-soffice", "so_autisme", d(2025,11,11), notes="complete; OPP is chapter 5-8 of a groeidocument; CvB advice")
s("po-groei-avg", "groeidocument", "pdf-soffice", "po_lezen", d(2025,12,9), "avg_only", {"uitstroombestemming":"volgt"}, "uitstroom 'volgt na overleg'; AVG consent signed, OPP consent missing")
s("sbo-groei-2024", "groeidocument", "odt", "sbo_rekenen", d(2024,9,24), "voor_gezien", {"ondersteuningsbehoefte":"M","evaluatie":"ntb"}, "no needs section; evaluatie 'n.t.b.'; 'voor gezien'")
s("vso-groei-curator", "groeidocument", "docx", "vso_curatele", d(2025,10,28), "cur_curator", {}, "complete; pupil under curatele, curator consents; pupil heard")
s("vso-groei-curatele-leerling", "groeidocument", "pdf-soffice", "vso_curatele", d(2026,1,13), "cur_pupil", {"doelen":"aanvullen"}, "under curatele but only the pupil signed; doelen 'nog aanvullen'")
s("po-formulier-compleet", "beknopt-formulier", "pdf-form", "po_gedrag", d(2025,10,1), notes="complete fillable form")
s("vo-formulier-vinkje", "beknopt-formulier", "pdf-form", "vo_havo", d(2026,4,14), "unticked", {"onderbouwing":"empty","adviezen_professionals":"empty"}, "two empty fields; consent box not ticked although signed")
s("pro-formulier-2025mei", "beknopt-formulier", "pdf-form", "pro_werk", d(2025,5,20), "signed", {"ondersteuning":"dots"}, "support field '...'; before 1-8-2025")
s("sbo-formulier-geweigerd", "beknopt-formulier", "pdf-form", "sbo_rekenen", d(2025,12,2), "refused", {"belemmerende_factoren":"empty","inbreng_leerling":"M"}, "belemmerend empty; no pupil field although after 1-8-2025; refused")
s("vso-formulier-meerderjarig", "beknopt-formulier", "pdf-form", "vso_adult", d(2026,3,3), "adult_self", {"informatie_rechten":"M"}, "adult pupil signs; no rights section")
s("po-vragen-portaal", "vraaggestuurd", "odt", "po_lezen", d(2026,5,12), "portal", {}, "complete; consent via parent portal with date")
s("vo-vragen-protest", "vraaggestuurd", "txt", "vo_vmbo", d(2025,9,16), "onder_protest", {"inbreng_leerling":"noeff","informatie_rechten":"partial"}, "pupil view without effect; rights only 'contact IB'; 'onder protest'")
s("vso-vragen-ouders", "vraaggestuurd", "docx", "vso_adult", d(2026,2,24), "adult_parents", {"evaluatie":"volgt"}, "adult pupil: only parents signed; evaluatie 'volgt na overleg'")
s("so-vragen-2025maart", "vraaggestuurd", "pdf-soffice", "so_autisme", d(2025,3,25), "school_only", {"adviezen_professionals":"bijlage"}, "so: CvB advice only 'zie verslag'; only school signed")
s("po-brief-compleet", "briefvorm", "txt", "po_gedrag", d(2025,10,30), notes="complete letter")
s("vo-brief-2025", "briefvorm", "pdf", "vo_havo", d(2025,2,4), "stated", {}, "complete letter before 1-8-2025")
s("pro-brief-ntb", "briefvorm", "pdf-soffice", "pro_werk", d(2026,3,3), "ph", {"doelen":"bijlage","oogo":"M"}, "goals 'zie handelingsplan'; no OOGO; consent 'n.t.b.'")
s("sbo-brief-onvolledig", "briefvorm", "docx", "sbo_rekenen", d(2025,11,4), "missing", {"vaststelling":"M"}, "no consent slip and no vaststelling")
s("vo-export-compleet", "systeem-export", "pdf", "vo_vmbo", d(2025,10,9), "portal", {}, "complete system export with footer")
s("po-export-2024", "systeem-export", "pdf", "po_lezen", d(2024,10,15), "signed", {"uitstroombestemming":"streep","bevorderende_factoren":"streep"}, "two fields '-'; before 1-8-2025")
s("vso-export-meerderjarig", "systeem-export", "txt", "vso_adult", d(2025,11,27), "adult_self", {"onderbouwing":"tekst","oogo":"aanvullen"}, "onderbouwing '[tekst]'; OOGO 'nog aanvullen'")
s("vso-export-curatele", "systeem-export", "pdf", "vso_curatele", d(2026,2,10), "cur_curator", {"inbreng_leerling":"M"}, "curator consents; pupil (not the party) not heard")
s("so-export-blanco-handtekening", "systeem-export", "txt", "so_autisme", d(2026,6,9), "blank", {}, "everything filled except signatures")
s("po-genummerd-nvt", "swv-genummerd", "docx", "po_lezen", d(2026,10,5), "signed", {"informatie_rechten":"nvt","ondersteuning":"instr"}, "rights 'nvt'; template instruction left in support")
s("vo-tabel-invulvelden", "tabel-tweekolom", "docx", "vo_havo", d(2025,12,16), "signed", {"doelen":"klik","evaluatie":"klik"}, "Word content controls: doelen and evaluatie still show placeholder 'Klik of tik om tekst in te voeren.'; tick boxes are checkbox content controls")
s("pro-vragen-compleet", "vraaggestuurd", "docx", "pro_werk", d(2026,9,8), "signed", {}, "complete; checkbox content controls")
s("so-genummerd-avg", "swv-genummerd", "odt", "so_autisme", d(2026,10,13), "avg_only", {"bevorderende_factoren":"volgt"}, "AVG data-sharing consent signed, no OPP consent; bevorderend 'volgt na overleg'")
s("sbo-vragen-deels", "vraaggestuurd", "odt", "sbo_rekenen", d(2026,4,21), "partial", {"uitstroombestemming":"aanvullen","adviezen_professionals":"instr"}, "uitstroom 'nog aanvullen'; advice instruction left in; partial consent")
s("vo-groei-2025mei", "groeidocument", "docx", "vo_vmbo", d(2025,5,13), "nodate", {"onderbouwing":"bijlage"}, "onderbouwing only 'zie verslag in de bijlage'; signed without date; before 1-8-2025")
s("so-brief-compleet", "briefvorm", "txt", "so_autisme", d(2025,12,15), "signed", {}, "complete letter, so, CvB advice")
s("vso-domein-curatele", "domeinen-tabel", "pdf", "vso_curatele", d(2025,9,30), "cur_curator", {"belemmerende_factoren":"instr","inbreng_leerling":"noeff"}, "belemmerend column holds template instruction; pupil's view without effect; curator consents")
s("pro-export-schooltekent", "systeem-export", "pdf", "pro_werk", d(2026,1,8), "school_only", {"doelen":"empty","ondersteuningsbehoefte":"streep"}, "doelen field empty '(leeg)'; needs '-'; only school signed")
s("po-formulier-ntb", "beknopt-formulier", "pdf-form", "po_lezen", d(2026,6,2), "ph", {"vaststelling":"empty","evaluatie":"dots"}, "vaststelling field empty; evaluatie '...'; consent 'n.t.b.'")
# scans
s("sbo-scan-genummerd", "swv-genummerd", "scan", "sbo_rekenen", d(2025,11,20), "signed", {}, "scan of complete plan (handwritten-style signature)", scan=True)
s("po-scan-domein", "domeinen-tabel", "scan", "po_lezen", d(2025,3,18), "refused", {}, "scan; before 1-8-2025; consent refused", scan=True)
s("vo-scan-brief", "briefvorm", "scan", "vo_vmbo", d(2026,1,27), "voor_gezien", {"evaluatie":"M"}, "scan of letter; no evaluation; 'voor gezien'", scan=True)
s("vso-scan-groei", "groeidocument", "scan", "vso_adult", d(2025,9,9), "adult_self", {}, "scan of complete groeidocument, adult pupil signs", scan=True)

NONOPP = [
 dict(id="folder-wat-is-een-opp", kind="leaflet", fmt="pdf", layout="folder-ouders", notes="leaflet for parents about OPPs; not a plan"),
 dict(id="nieuwsbrief-december", kind="news", fmt="txt", layout="nieuwsbrief", notes="school newsletter mentioning OPP talks; not a plan"),
 dict(id="nieuwsbrief-december-pdf", kind="news", fmt="pdf", layout="nieuwsbrief", notes="same newsletter as PDF"),
 dict(id="blanco-format-genummerd", kind="blank1", fmt="docx", layout="swv-genummerd (blanco)", notes="blank format: all headings, nothing filled"),
 dict(id="blanco-format-vragen", kind="blank2", fmt="odt", layout="vraaggestuurd (blanco)", notes="blank format without pupil and rights sections"),
]

def blank_ctx_E(kind):
    spec = dict(id="blank", prof="po_lezen", date=dt.date(2026, 9, 1), consent="blank", gaps={})
    ctx, E = build(spec)
    for k in ("first", "last", "name", "groep"): ctx[k] = ""
    ctx["first"] = "de leerling"
    ctx["born"] = None
    for e in ORDER:
        E[e] = ("incomplete", "")
    ctx["parent"] = ""; ctx["director"] = ""
    E["instemming_ouders"] = ("incomplete", [("check", False, "Ik ga akkoord met het handelingsdeel van dit OPP"), ("check", False, "Ik ga niet akkoord met het handelingsdeel van dit OPP"),
                                              ("sig", "Ouder/verzorger", "", False, None, ""), ("sig", "Namens de school", "", False, None, "")])
    if kind == "blank2":
        E["inbreng_leerling"] = ("missing", None); E["informatie_rechten"] = ("missing", None)
    return ctx, E

def normzip(path):
    import zipfile
    with zipfile.ZipFile(path) as z: items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for i, data in items:
            zi = zipfile.ZipInfo(i.filename, date_time=(2026, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_STORED if i.filename == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

def write_readme_table(labels):
    rp = os.path.join(HERE, "README.md")
    if not os.path.exists(rp): return
    head = open(rp, encoding="utf-8").read().split("|---|---|---|---|---|")[0] + "|---|---|---|---|---|\n"
    ab = {"present": "P", "incomplete": "I", "missing": "M", "not_applicable": "NA"}
    rows = []
    for d in labels:
        gaps = [f"{e}={ab[v]}" for e, v in d["elements"].items() if v != "present"]
        rows.append(f"| {d['file'][5:]} | {d['layout']} | {d['format']}{' (scan)' if d['scanned'] else ''} | {d['school_type']} | {', '.join(gaps) if gaps else 'all present'} |")
    open(rp, "w", encoding="utf-8").write(head + "\n".join(rows) + "\n")

def main():
    for dname in (DOCS, BUILD):
        shutil.rmtree(dname, ignore_errors=True); os.makedirs(dname)
    labels = []; to_convert = []; scans = []
    import backends
    _dshort = backends.dshort
    for sp in S:
        ctx, E = build(sp)
        B = LAYOUTS[sp["layout"]](ctx, E) if sp["layout"] != "beknopt-formulier" else None
        f = sp["fmt"]; base = sp["id"]
        cc = sp["layout"] in ("tabel-tweekolom", "vraaggestuurd", "groeidocument")
        if f == "docx": out = f"docs/{base}.docx"; to_docx(B, os.path.join(HERE, out), cc=cc); ofmt = "docx"
        elif f == "odt": out = f"docs/{base}.odt"; to_odt(B, os.path.join(HERE, out)); ofmt = "odt"
        elif f == "txt": out = f"docs/{base}.txt"; to_txt(B, os.path.join(HERE, out)); ofmt = "txt"
        elif f == "pdf": out = f"docs/{base}.pdf"; to_pdf(B, os.path.join(HERE, out), serif=sp["layout"] == "briefvorm", seed=base); ofmt = "pdf"
        elif f == "pdf-form": out = f"docs/{base}.pdf"; form_pdf(ctx, E, os.path.join(HERE, out)); ofmt = "pdf"
        elif f == "pdf-soffice":
            to_docx(B, os.path.join(BUILD, base + ".docx"), cc=cc); to_convert.append(base); out = f"docs/{base}.pdf"; ofmt = "pdf"
        elif f == "scan":
            src = os.path.join(BUILD, base + "-src.pdf"); to_pdf(B, src, serif=sp["layout"] == "briefvorm", seed=base)
            scans.append((src, base)); out = f"docs/{base}.pdf"; ofmt = "pdf"
        els = {e: E[e][0] for e in IDS}
        labels.append({"file": out, "format": ofmt, "layout": sp["layout"], "school_type": ctx["type"], "scanned": sp["scan"],
                       "elements": els, "accept_unclear": (["instemming_ouders"] if sp["scan"] else []),
                       "notes": f"{sp['layout']}, {f}, plan set {sp['date'].isoformat()}; " + sp["notes"]})
    for np_ in NONOPP:
        base = np_["id"]; out = f"docs/{base}.{np_['fmt']}"; p = os.path.join(HERE, out)
        if np_["kind"] == "leaflet": leaflet(p); els = {e: "missing" for e in IDS}; st = "none"
        elif np_["kind"] == "news":
            (to_txt if np_["fmt"] == "txt" else lambda B, p: to_pdf(B, p, seed="news"))(newsletter_blocks(), p); els = {e: "missing" for e in IDS}; st = "none"
        else:
            ctx, E = blank_ctx_E(np_["kind"])
            ctx["born"] = dt.date(2000, 1, 1)
            B = (L_numbered if np_["kind"] == "blank1" else L_vragen)(ctx, E)
            B = [("kv", [(a, "") for a, v in b[1]]) if b[0] == "kv" else b for b in B]
            B = [("title", "Ontwikkelingsperspectiefplan — format") if b[0] == "title" else b for b in B]
            (to_docx if np_["fmt"] == "docx" else to_odt)(B, p)
            els = {e: E[e][0] for e in IDS}; st = "none"
        labels.append({"file": out, "format": np_["fmt"], "layout": np_["layout"], "school_type": st, "scanned": False, "elements": els,
                       "accept_unclear": [], "notes": np_["notes"]})
    if to_convert:
        subprocess.run(["nice", "-n", "15", "soffice", "--headless", "--convert-to", "pdf", "--outdir", DOCS] + [os.path.join(BUILD, b + ".docx") for b in to_convert],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import re
    for b in to_convert:   # fixed timestamps and ids in soffice output (same byte length, xref stays valid)
        fp = os.path.join(DOCS, b + ".pdf"); data = open(fp, "rb").read()
        data = re.sub(rb"D:\d{14}", b"D:20260101000000", data)
        data = re.sub(rb"<[0-9A-Fa-f]{32}>", lambda m: b"<" + hashlib.md5(b.encode()).hexdigest().upper().encode() + b">", data)
        data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + hashlib.md5(b.encode()).hexdigest().upper().encode(), data)
        data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:)", lambda m: m.group(1) + b"2026-01-01T00:00:00"[:len(m.group(0)) - len(m.group(1)) - len(m.group(2))].ljust(len(m.group(0)) - len(m.group(1)) - len(m.group(2)), b"0") + m.group(2), data)
        open(fp, "wb").write(data)
    for src, base in scans:
        to_scan(src, os.path.join(DOCS, base + ".pdf"), base, BUILD)
    for f in glob.glob(os.path.join(DOCS, "*.docx")) + glob.glob(os.path.join(DOCS, "*.odt")): normzip(f)
    labels.sort(key=lambda x: x["file"])
    json.dump({"version": 1, "docs": labels}, open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    shutil.rmtree(BUILD, ignore_errors=True)
    write_readme_table(labels)
    print(len(labels), "documents")

if __name__ == "__main__":
    main()
