#!/usr/bin/env python3
"""Deterministic generator of the blind set 2026-12-06ai. Fixed seeds, no clock.
Run: /work/blind47/venv/bin/python gen.py   (needs soffice and pdftoppm on PATH)
"""
import os, sys, json, shutil, datetime as dt
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import ELS, make_profile, dlong
from elements import label_of
from layouts import LAYOUTS
import render as R

D = dt.date
CUTOFF = D(2025, 8, 1)
DOCS = os.path.join(HERE, "docs")
BUILD = os.path.join(HERE, "_build")

# (id, school_type, layout, format, plan date, variants, options)
# format: pdf-soffice (docx -> soffice), pdf-soffice-odt, pdf (reportlab), acroform, docx, odt, txt, scan
# options: layout options (o), profile options (adult, curatele, uit, revised, hidden_deviation), force (labels),
#          unclear (extra accept_unclear), note, lname (layout name in labels)
SPECS = [
    # ------------------------------------------------------------------ complete and correct
    ("c01", "po", "groeidocument", "pdf-soffice", D(2025, 11, 18), dict(afwijkingen_onderwijsprogramma="none"), dict(o=dict(tail_verslag=True), note="complete; geen afwijkingen expliciet")),
    ("c02", "sbo", "tlv", "pdf-soffice", D(2025, 10, 7), dict(instemming_ouders="tick_ok"), dict(note="complete; TLV-aanvraag met OPP als onderdeel C/D; aanvraag en handelingsdeel apart getekend")),
    ("c03", "so", "bundle", "pdf", D(2026, 2, 10), dict(adviezen_professionals="ref_present", instemming_ouders="email"), dict(note="complete; advies in bijlage 2 van hetzelfde bestand, plan zegt wat school ermee doet; instemming per e-mail met datum")),
    ("c04", "vo", "domain_table", "docx", D(2025, 9, 30), dict(instemming_ouders="portal"), dict(note="complete; instemming via ouderportaal geregistreerd")),
    ("c05", "pro", "numbered", "odt", D(2025, 12, 2), dict(instemming_ouders="esign"), dict(note="complete; digitale ondertekening (stempeltekst, geen handtekeningbeeld)")),
    ("c06", "vso", "numbered", "pdf-soffice", D(2026, 3, 12), dict(instemming_ouders="adult_ok", inbreng_leerling="missing"), dict(adult=True, note="complete; meerderjarige handelingsbekwame leerling stemt zelf in; inbreng n.v.t.")),
    ("c07", "vso", "questions", "pdf", D(2025, 11, 4), dict(instemming_ouders="curator_ok"), dict(curatele=True, note="complete; 18-jarige onder curatele, curator stemt in; inbreng leerling aanwezig")),
    ("c08", "po", "letter", "odt", D(2024, 11, 12), dict(afwijkingen_onderwijsprogramma="none", inbreng_leerling="missing"), dict(note="complete; brief; plan van voor 1-8-2025 zonder inbreng (n.v.t.); antwoordstrook getekend")),
    ("c09", "vo", "export", "txt", D(2025, 10, 21), dict(afwijkingen_onderwijsprogramma="none", instemming_ouders="portal"), dict(note="complete; systeemexport als tekst")),
    ("c10", "sbo", "split", "docx", D(2026, 1, 20), dict(), dict(o=dict(part="both"), note="complete; handelingsdeel als Bijlage A in hetzelfde bestand")),
    ("c11", "so", "formlayout", "acroform", D(2025, 12, 9), dict(afwijkingen_onderwijsprogramma="none"), dict(o=dict(consent_dropdown="Akkoord", title="OPP-formulier SO (invulbaar PDF)"), lname="acroform", note="complete; invulbaar PDF, keuzelijst instemming 'Akkoord' + handtekening")),
    ("c12", "pro", "formlayout", "docx", D(2026, 4, 14), dict(), dict(o=dict(title="Format OPP praktijkonderwijs"), lname="word-form", note="complete; Word-formulier met inhoudsbesturingselementen, alle velden ingevuld")),
    ("c13", "po", "beknopt", "pdf", D(2025, 3, 18), dict(inbreng_leerling="missing", afwijkingen_onderwijsprogramma="none_tick"), dict(note="complete; beknopt OPP, voor 1-8-2025; afwijkingen 'nee' aangevinkt")),
    ("c14", "vso", "groeidocument", "docx", D(2025, 10, 28), dict(), dict(note="complete; vso-leerling 15/16 jaar, ouders stemmen in")),
    ("c15", "vo", "questions", "docx", D(2026, 9, 29), dict(afwijkingen_onderwijsprogramma="none", instemming_ouders="esign"), dict(note="complete; digitale ondertekening")),
    ("c16", "so", "domain_table", "odt", D(2025, 6, 10), dict(inbreng_leerling="missing", instemming_ouders="sig_img_only"), dict(unclear=["instemming_ouders"], note="complete; handtekening alleen als beeld met datum, geen getypte naam")),
    ("c17", "po", "export", "pdf", D(2026, 10, 6), dict(instemming_ouders="portal"), dict(note="complete; export met voettekst")),
    ("c18", "sbo", "letter", "pdf-soffice", D(2025, 9, 16), dict(oogo="verbal_minutes"), dict(note="complete; brief, OOGO als kort gespreksverslag")),
    ("c19", "vo", "bundle", "scan", D(2025, 11, 25), dict(), dict(note="complete; scan van brief+plan+bijlagen")),
    ("c20", "pro", "groeidocument", "pdf-soffice", D(2024, 12, 3), dict(), dict(revised=D(2025, 10, 20), note="complete; vastgesteld 2024 maar bijgesteld okt 2025, dus inbreng vereist en aanwezig")),
    # ------------------------------------------------------------------ with gaps
    ("g01", "po", "groeidocument", "pdf-soffice", D(2025, 11, 3), dict(onderbouwing="ref_present", afwijkingen_onderwijsprogramma="missing", inbreng_leerling="view_only", instemming_ouders="voor_gezien"), dict(note="onderbouwing verwijst naar deel 2 waar die echt staat (present); afwijkingen niet genoemd; mening leerling zonder effect; 'voor gezien'")),
    ("g02", "po", "tlv", "docx", D(2025, 10, 14), dict(instemming_ouders="aanmelding_only", evaluatie="no_parents", adviezen_professionals="zie_verslag", afwijkingen_onderwijsprogramma="none"), dict(note="alleen de TLV-aanvraag is getekend, geen instemming handelingsdeel; evaluatie zonder ouders; advies 'zie verslag'")),
    ("g03", "sbo", "bundle", "pdf", D(2025, 12, 16), dict(onderbouwing="ref_absent", instemming_ouders="onder_protest", informatie_rechten="ref_absent"), dict(note="onderbouwing 'zie bijlage 3' maar bestand heeft alleen bijlage 1-2; 'onder protest'; rechten alleen 'zie schoolgids'")),
    ("g04", "vo", "numbered", "pdf-soffice", D(2025, 9, 23), dict(uitstroombestemming="unticked", doelen="vague", instemming_ouders="blank"), dict(note="uitstroom: opties niet aangevinkt; vage doelen; lege handtekeninglijn ouder (school wel getekend)")),
    ("g05", "pro", "questions", "pdf", D(2026, 1, 13), dict(bevorderende_factoren="generic", ondersteuning="generic", instemming_ouders="school_only", inbreng_leerling="generic"), dict(note="bevorderend en ondersteuning over de school/alle leerlingen; alleen school getekend; inbreng algemeen")),
    ("g06", "vso", "numbered", "docx", D(2025, 11, 11), dict(uitstroombestemming="unticked", instemming_ouders="refused", adviezen_professionals="no_cvb"), dict(note="vso-profielen niet aangevinkt; 'niet akkoord' aangevinkt en getekend; advies CvB 'volgt'")),
    ("g07", "vso", "tlv", "pdf-soffice", D(2026, 2, 3), dict(instemming_ouders="adult_parents_only", inbreng_leerling="missing", evaluatie="vague"), dict(adult=True, note="meerderjarige handelingsbekwame leerling; alleen moeder tekent; evaluatie vaag")),
    ("g08", "so", "letter", "odt", D(2025, 10, 1), dict(afwijkingen_onderwijsprogramma="nvt_wrong", instemming_ouders="partial"), dict(hidden_deviation=("Onderwijstijd: 4 ochtenden per week op school (ontheffing, afgestemd met leerplicht)", "directeur", "4 ochtenden per week", "eerste 8 weken"), note="afwijkingen 'n.v.t.' terwijl de ondersteuningstabel verminderde onderwijstijd noemt; gedeeltelijk akkoord")),
    ("g09", "so", "groeidocument", "docx", D(2026, 3, 3), dict(uitstroombestemming="empty", onderbouwing="empty", doelen="instruction", ondersteuning="instruction", vaststelling="concept", instemming_ouders="blank", evaluatie="blank_dates", afwijkingen_onderwijsprogramma="placeholder"), dict(note="groeidocument: delen 1-3 ingevuld, deel 4 (OPP) grotendeels leeg/instructies; concept")),
    ("g10", "po", "domain_table", "pdf-soffice", D(2025, 11, 25), dict(bevorderende_factoren="placeholder", evaluatie="placeholder", instemming_ouders="no_date"), dict(note="kolom bevorderend alleen '-'; evaluatie placeholder; handtekening zonder datum")),
    ("g11", "sbo", "export", "pdf", D(2025, 10, 9), dict(vaststelling="placeholder_fields", instemming_ouders="pending", oogo="invited"), dict(note="vaststelling met placeholders; instemming gevraagd, reactie volgt; ouders 'worden uitgenodigd'")),
    ("g12", "vo", "split", "pdf-soffice", D(2025, 12, 1), dict(afwijkingen_onderwijsprogramma="missing", doelen="missing", ondersteuning="missing", evaluatie="missing", instemming_ouders="missing"), dict(o=dict(part="perspectief"), force=dict(doelen="incomplete", ondersteuning="incomplete", evaluatie="incomplete"), note="alleen perspectiefdeel; handelingsdeel 'aparte bijlage, volgt' (verwijzing)")),
    ("g13", "vo", "split", "docx", D(2025, 12, 1), dict(uitstroombestemming="missing", onderbouwing="missing", belemmerende_factoren="missing", bevorderende_factoren="missing", ondersteuningsbehoefte="missing", adviezen_professionals="missing", inbreng_leerling="missing", informatie_rechten="missing", vaststelling="missing", afwijkingen_onderwijsprogramma="described"), dict(o=dict(part="handelingsdeel"), note="alleen het handelingsdeel als losse bijlage, getekend; perspectiefdeel ontbreekt")),
    ("g14", "pro", "formlayout", "acroform", D(2026, 1, 27), dict(onderbouwing="empty", inbreng_leerling="empty", uitstroombestemming="default_field", instemming_ouders="blank"), dict(o=dict(consent_dropdown=None, title="Invulformulier OPP (Acrobat)"), lname="acroform", note="velden met standaardtekst; keuzelijst uitstroom en instemming niet gekozen")),
    ("g15", "vso", "formlayout", "docx", D(2025, 9, 9), dict(uitstroombestemming="default_field", belemmerende_factoren="empty", afwijkingen_onderwijsprogramma="unticked", instemming_ouders="unticked"), dict(lname="word-form", checkmode="legacy", note="Word-inhoudsbesturingselementen met placeholdertekst; keuzelijst 'Kies een item.'; oude Word-selectievakjes (formulierveld) niet aangevinkt")),
    ("g16", "po", "beknopt", "docx", D(2025, 5, 20), dict(uitstroombestemming="not_yet", ondersteuning="partial_table", instemming_ouders="date_only", inbreng_leerling="missing", afwijkingen_onderwijsprogramma="none"), dict(note="uitstroom 'nog niet te bepalen'; ondersteuning zonder wie/hoe vaak; alleen datum bij handtekening ouder")),
    ("g17", "sbo", "beknopt", "scan", D(2025, 11, 18), dict(instemming_ouders="blank", doelen="placeholder", inbreng_leerling="view_only"), dict(note="scan; ouderhandtekening leeg; doelen placeholder; mening zonder effect")),
    ("g18", "vo", "letter", "txt", D(2026, 5, 19), dict(oogo="missing", informatie_rechten="missing", instemming_ouders="ref_elsewhere"), dict(note="geen OOGO, geen rechten; handtekening 'zie getekend exemplaar op school'")),
    ("g19", "so", "tlv", "pdf-soffice", D(2025, 9, 16), dict(adviezen_professionals="no_cvb", belemmerende_factoren="instruction", instemming_ouders="avg_only"), dict(note="so zonder advies CvB ('volgt'); instructietekst belemmerend; alleen TLV-aanvraag en AVG-toestemming getekend")),
    ("g20", "pro", "numbered", "txt", D(2025, 3, 4), dict(inbreng_leerling="missing", afwijkingen_onderwijsprogramma="missing", evaluatie="vague"), dict(note="voor 1-8-2025; afwijkingen niet genoemd; evaluatie vaag")),
    ("g21", "vso", "questions", "odt", D(2026, 6, 2), dict(uitstroombestemming="instruction", onderbouwing="placeholder", instemming_ouders="esign"), dict(note="uitstroom instructietekst; onderbouwing placeholder; digitale ondertekening")),
    ("g22", "po", "questions", "pdf-soffice-odt", D(2026, 2, 24), dict(afwijkingen_onderwijsprogramma="unticked", adviezen_professionals="missing", instemming_ouders="onder_protest"), dict(note="afwijkingen ja/nee niet aangevinkt; geen adviezen; onder protest")),
    ("g23", "vo", "groeidocument", "pdf-soffice", D(2026, 10, 13), dict(onderbouwing="ref_absent", belemmerende_factoren="generic", vaststelling="missing"), dict(note="onderbouwing 'zie bijlage 3' (niet aanwezig); belemmerend algemeen; geen vaststelling")),
    ("g24", "sbo", "domain_table", "docx", D(2025, 12, 9), dict(belemmerende_factoren="empty", ondersteuningsbehoefte="generic", instemming_ouders="refused"), dict(note="kolom belemmerend leeg; onderwijsbehoeften algemeen; niet akkoord")),
    ("g25", "so", "export", "txt", D(2025, 10, 28), dict(doelen="ref_absent", ondersteuning="ref_absent", instemming_ouders="portal", inbreng_leerling="placeholder", afwijkingen_onderwijsprogramma="none"), dict(note="doelen en ondersteuning alleen verwijzing; inbreng placeholder; instemming via portaal")),
    ("g26", "vso", "bundle", "pdf", D(2026, 1, 6), dict(adviezen_professionals="ref_present", inbreng_leerling="view_only", afwijkingen_onderwijsprogramma="missing", evaluatie="no_parents"), dict(note="bundel; advies in bijlage (present); mening zonder effect; afwijkingen niet genoemd; evaluatie zonder ouders/leerling")),
    ("g27", "po", "split", "pdf-soffice", D(2025, 4, 8), dict(inbreng_leerling="missing"), dict(o=dict(part="both"), revised=D(2025, 11, 10), note="vastgesteld april 2025 maar bijgesteld nov 2025: inbreng vereist en ontbreekt")),
    ("g28", "vo", "tlv", "odt", D(2025, 11, 18), dict(oogo="date_only_blank", instemming_ouders="voor_gezien", ondersteuning="partial_table"), dict(note="OOGO-tabel leeg; 'voor gezien'; ondersteuning n.t.b.")),
    ("g29", "pro", "letter", "pdf", D(2025, 10, 7), dict(ondersteuningsbehoefte="instruction", doelen="vague", instemming_ouders="email"), dict(note="instructietekst bij behoeften; vage doelen; instemming per e-mail (present)")),
    ("g30", "so", "questions", "scan", D(2026, 3, 17), dict(vaststelling="missing", instemming_ouders="no_date", uitstroombestemming="not_yet"), dict(note="scan; geen vaststelling; handtekening zonder datum; uitstroom nog niet te bepalen")),
    ("g31", "vo", "beknopt", "pdf-soffice", D(2025, 8, 26), dict(bevorderende_factoren="missing", inbreng_leerling="view_only", instemming_ouders="school_only"), dict(note="bevorderend ontbreekt; mening zonder effect; alleen school getekend")),
    ("g32", "vso", "export", "pdf", D(2025, 11, 20), dict(instemming_ouders="adult_ok", oogo="invited", afwijkingen_onderwijsprogramma="nvt_wrong", inbreng_leerling="missing"), dict(adult=True, hidden_deviation=("Verkort rooster: dagelijks tot 12.30 uur (ontheffing onderwijstijd)", "zorgcoördinator", "dagelijks", "tot de kerstvakantie"), note="meerderjarig, stemt zelf in; OOGO alleen 'wordt uitgenodigd'; afwijkingen n.v.t. maar verkort rooster in tabel")),
    ("g33", "po", "numbered", "scan", D(2026, 1, 13), dict(inbreng_leerling="missing"), dict(note="scan; inbreng ontbreekt (na 1-8-2025)")),
    ("g34", "sbo", "groeidocument", "odt", D(2025, 9, 30), dict(adviezen_professionals="zie_verslag", ondersteuning="ref_absent", instemming_ouders="date_only"), dict(note="advies 'zie verslag'; ondersteuning 'zie handelingsplan'; alleen datum, geen handtekening/naam")),
    ("g35", "vo", "formlayout", "acroform", D(2025, 10, 14), dict(doelen="empty", instemming_ouders="refused"), dict(o=dict(consent_dropdown="Niet akkoord", title="OPP VO – invulbaar formulier"), lname="acroform", force=dict(instemming_ouders="incomplete"), note="doelenveld standaardtekst; keuzelijst instemming 'Niet akkoord'")),
    ("g36", "so", "beknopt", "odt", D(2025, 6, 24), dict(ondersteuning="generic", inbreng_leerling="missing", informatie_rechten="ref_absent"), dict(note="ondersteuning = basisondersteuning SOP; rechten 'zie schoolgids'; voor 1-8-2025")),
    # ------------------------------------------------------------------ not an OPP / blank formats
    ("n01", "none", "leaflet", "pdf", D(2025, 9, 1), None, dict(note="folder voor ouders over het OPP; geen plan")),
    ("n02", "none", "newsletter", "docx", D(2025, 12, 5), None, dict(note="nieuwsbrief met stukje over hoorrecht en OPP-gesprekken")),
    ("n03", "none", "invitation", "odt", D(2025, 11, 20), None, dict(note="uitnodiging voor een OPP-gesprek; geen plan")),
    ("n04", "none", "formlayout", "docx", D(2025, 9, 1), "blank", dict(o=dict(blank=True, title="Format OPP (leeg)"), lname="word-form", note="leeg Word-format met placeholders")),
    ("n05", "none", "formlayout", "acroform", D(2025, 9, 1), "blank", dict(o=dict(blank=True, title="Invulformulier OPP (leeg)", consent_dropdown=None), lname="acroform", note="leeg invulbaar PDF-formulier")),
    ("n06", "none", "numbered", "pdf-soffice", D(2025, 9, 1), "blank", dict(o=dict(blank=True), note="leeg OPP-format met koppen, export uit Word")),
]

FMT_LABEL = {"pdf-soffice": "pdf", "pdf-soffice-odt": "pdf", "pdf": "pdf", "acroform": "pdf", "docx": "docx", "odt": "odt", "txt": "txt", "scan": "pdf"}
EXT = {"pdf": ".pdf", "docx": ".docx", "odt": ".odt", "txt": ".txt"}
LNAME = {"groeidocument": "swv-groeidocument", "tlv": "tlv-aanvraag-met-opp", "bundle": "dossierbundel-brief-plan-bijlagen",
         "domain_table": "tabel-per-domein", "numbered": "genummerde-secties", "questions": "vraagkoppen", "letter": "briefvorm",
         "beknopt": "beknopt-opp-tabel", "export": "systeemexport", "split": "perspectiefdeel-plus-handelingsdeel",
         "leaflet": "folder-ouders", "newsletter": "nieuwsbrief", "invitation": "uitnodigingsbrief"}


def default_variants(stype, date, o):
    V = {el: "ok" for el in ELS}
    V["afwijkingen_onderwijsprogramma"] = "described"
    V["instemming_ouders"] = "sig_ok"
    V["vaststelling"] = "ok" if o.get("lname") not in ("acroform", "word-form") else "ok"
    return V


def blank_variants(lname):
    V = {el: "empty" for el in ELS}
    V["instemming_ouders"] = "blank"
    V["afwijkingen_onderwijsprogramma"] = "unticked"
    if lname in ("acroform", "word-form"):
        V["vaststelling"] = "form_default"
    return V


def main():
    shutil.rmtree(DOCS, ignore_errors=True)
    shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(DOCS)
    os.makedirs(BUILD)
    labels, pending_soffice = [], []
    for i, (did, stype, lay, fmt, date, vari, opt) in enumerate(SPECS):
        seed = 1000 + i * 17
        popt = {k: opt[k] for k in ("adult", "curatele", "uit") if k in opt}
        p = make_profile(seed, stype if stype != "none" else "po", date, **popt)
        p.curator = "mr. D. Hazelhoff" if opt.get("curatele") else None
        p.revised = opt.get("revised")
        p.hidden_deviation = opt.get("hidden_deviation")
        p.rights_small = (i % 3 == 0)
        o = dict(opt.get("o", {}))
        lname = opt.get("lname", LNAME.get(lay, lay))
        if vari is None:
            V = {el: "missing" for el in ELS}
        elif vari == "blank":
            V = blank_variants(lname)
            p.blank = True
            p.swv = "Samenwerkingsverband ………………"
        else:
            V = default_variants(stype, date, opt)
            V.update(vari)
        if fmt == "pdf":
            o["fmt_pdf_direct"] = True
        out = LAYOUTS[lay](p, V, o)
        blocks, footer = out["blocks"], out.get("footer")
        if lname == "word-form" and fmt == "docx":
            mode = opt.get("checkmode", "sdt")
            blocks = [(b[0], b[1], mode) if b[0] == "check" else b for b in blocks]

        sigcache = {}

        def sig(s, _seed=seed):
            k = s.get("key", "x")
            if k not in sigcache:
                sigcache[k] = R.scribble(_seed * 31 + sum(map(ord, k)), os.path.join(BUILD, f"{did}-sig-{k}.png"))
            return sigcache[k]
        assets = {"sig": sig}

        flabel = FMT_LABEL[fmt]
        fname = f"{did}-{stype}-{lname}{EXT[flabel]}"
        dst = os.path.join(DOCS, fname)
        footer_docx = footer.replace(" – pagina {page}", "").replace(" – p. {page}", "").replace("{page}", "") if footer else None
        if fmt == "docx":
            R.to_docx(blocks, dst, assets, footer=footer_docx)
        elif fmt == "odt":
            R.to_odt(blocks, dst, assets, footer=footer_docx)
        elif fmt == "txt":
            R.to_txt(blocks, dst, footer=footer_docx)
        elif fmt == "pdf":
            R.to_pdf(blocks, dst, assets, footer=footer, accent=[(0.1, 0.3, 0.5), (0.45, 0.1, 0.25), (0.1, 0.4, 0.2)][i % 3])
        elif fmt == "acroform":
            R.to_acroform(blocks, dst, assets, footer=footer)
        elif fmt == "pdf-soffice":
            src = os.path.join(BUILD, fname.replace(".pdf", ".docx"))
            R.to_docx(blocks, src, assets, footer=footer_docx, font=["Calibri", "Arial", "Verdana"][i % 3])
            pending_soffice.append((src, dst))
        elif fmt == "pdf-soffice-odt":
            src = os.path.join(BUILD, fname.replace(".pdf", ".odt"))
            R.to_odt(blocks, src, assets, footer=footer_docx)
            pending_soffice.append((src, dst))
        elif fmt == "scan":
            tmp = os.path.join(BUILD, fname)
            R.to_pdf(blocks, tmp, assets, footer=footer)
            R.scan_pdf(tmp, dst, seed, BUILD)

        # ---------------------------------------------------------------- labels
        if vari is None:
            L = {el: "missing" for el in ELS}
        else:
            L = {el: label_of(V[el]) for el in ELS}
            eff = max(date, p.revised) if p.revised else date
            if vari != "blank" and (eff < CUTOFF or opt.get("adult")):
                L["inbreng_leerling"] = "not_applicable"
            L.update(opt.get("force", {}))
        unclear = list(opt.get("unclear", []))
        if fmt == "scan":
            unclear += ["instemming_ouders", "vaststelling"]
            for el in ELS:
                if V.get(el) in ("none_tick", "unticked", "refused", "partial") or (stype == "vso" and el == "uitstroombestemming"):
                    unclear.append(el)
        unclear = sorted(set(unclear))
        notes = f"{lname}, {fmt}{' (scan)' if fmt == 'scan' else ''}, plan {dlong(date)}"
        if p.revised:
            notes += f", bijgesteld {dlong(p.revised)}"
        notes += ". " + opt.get("note", "")
        labels.append({"file": f"docs/{fname}", "format": flabel, "layout": lname, "school_type": stype,
                       "scanned": fmt == "scan", "elements": L, "accept_unclear": unclear, "notes": notes})

    # batch soffice conversions
    if pending_soffice:
        outdir = os.path.join(BUILD, "soffice")
        os.makedirs(outdir, exist_ok=True)
        subprocess_args = ["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir] + [s for s, d in pending_soffice]
        import subprocess
        subprocess.run(subprocess_args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for s, d in pending_soffice:
            shutil.move(os.path.join(outdir, os.path.splitext(os.path.basename(s))[0] + ".pdf"), d)

    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": labels}, f, ensure_ascii=False, indent=1)
    shutil.rmtree(BUILD, ignore_errors=True)
    print(len(labels), "documents")


if __name__ == "__main__":
    main()


def write_readme():
    d = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))["docs"]
    head = open(os.path.join(HERE, "readme_head.md"), encoding="utf-8").read()
    lines = [head, "| file | type | note |", "|---|---|---|"]
    for x in d:
        lines.append(f"| {x['file'][5:]} | {x['school_type']} | {x['notes']} |")
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write("\n".join(lines) + "\n")


if __name__ == "__main__":
    write_readme()
