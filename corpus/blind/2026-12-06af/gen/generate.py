#!/usr/bin/env python3
"""Deterministic generator for blind set 2026-12-06af. Run: ../../../../venv/bin/python generate.py
No clock is read; every name and random choice comes from fixed seeds (the document id)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import ELEMENTS, make_ctx, resolve, profile_data  # noqa: E402
from layouts import LAYOUTS  # noqa: E402
from nonopp import NONOPP  # noqa: E402
import writers  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")

S = []


def d(id, layout, fmt, type, profile, date, gaps=None, consent="sig", note="", **kw):
    S.append(dict(id=id, layout=layout, fmt=fmt, type=type, profile=profile, date=date, gaps=gaps or {}, consent=consent, note=note, **kw))


# ---------------------------------------------------------------- po: OPPs
d("po01", "L1", "pdf-word", "po", "A_dyslexie", "2025-10-21", note="complete; dyslexie, lager perspectief spelling/lezen; consent ticked + handtekening + datum")
d("po02", "L1", "docx", "po", "B_dyscalculie", "2025-11-04", {"ondersteuning": "instr", "inbreng_leerling": "noeffect"}, "gezien",
  note="handelingsdeel bevat alleen de invulinstructie van het format; inbreng zonder wat het veranderde; ouders tekenden 'voor gezien' (vinkje)")
d("po03", "L1", "txt", "po", "C_gedrag", "2025-10-07", {"uitstroombestemming": "ph0", "evaluatie": "vague", "informatie_rechten": "ref"}, "sig_wg",
  note="uitstroom '...'; evaluatie zonder wanneer/hoe; rechten alleen 'zie schoolgids'; consent w.g. met datum (geldig)")
d("po04", "L2", "pdf-word", "po", "C_gedrag", "2025-10-14", consent="mondeling",
  note="complete groeidocument met OPP-hoofdstuk; instemming mondeling, gedateerd en vastgelegd door IB")
d("po05", "L2", "odt", "po", "H_ass", "2025-09-30", {"bevorderende_factoren": "drop", "doelen": "generic"}, "school_only",
  note="kolom stimulerende factoren ontbreekt in de tabel; doelen over alle leerlingen; alleen school heeft getekend")
d("po06", "L2", "pdf", "po", "A_dyslexie", "2025-11-18", {"onderbouwing": "ref", "adviezen_professionals": "zieverslag"}, "nodate",
  note="onderbouwing verwijst naar bijlage; advies alleen 'Zie verslag.'; handtekening ouder zonder datum")
d("po07", "L3", "docx", "po", "B_dyscalculie", "2025-10-28", note="complete; domeintabellen; eigen leerlijn rekenen")
d("po08", "L3", "pdf", "po", "C_gedrag", "2025-10-10", {"afwijkingen_onderwijsprogramma": "drop", "oogo": "future"}, "partial",
  note="afwijkingen-rij ontbreekt helemaal (stilte = missing, ook al zijn er geen afwijkingen); OOGO alleen aangekondigd; gedeeltelijke instemming")
d("po09", "L3", "scan", "po", "H_ass", "2025-11-11", note="complete; scan (image-only), handtekeningen met de hand", scanned=True)
d("po10", "L4", "docx-cc", "po", "A_dyslexie", "2025-12-02", {"onderbouwing": "empty", "ondersteuningsbehoefte": "empty", "inbreng_leerling": "empty"}, "unticked",
  note="inhoudsbesturingselementen met Word-plaatsaanduiding 'Klik of tik om tekst in te voeren.' bij onderbouwing, onderwijsbehoeften en mening leerling; akkoord-vakjes niet aangevinkt, geen handtekening")
d("po11", "L4", "pdf-form", "po", "B_dyscalculie", "2025-11-25", note="complete; invulbaar PDF-formulier (AcroForm), waarden in velden")
d("po12", "L4", "pdf-form", "po", "C_gedrag", "2025-10-16", {"uitstroombestemming": "ticks", "afwijkingen_onderwijsprogramma": "ticks", "evaluatie": "ph1"}, "blank",
  note="invulbaar formulier: geen uitstroomvakje aangevinkt; ja/nee afwijkingen beide leeg; evaluatie 'n.t.b.'; handtekeningvak leeg")
d("po13", "L5", "pdf", "po", "G_plusklas", "2025-10-23", consent="sig_img_only",
  note="complete; plusklas; instemming alleen als handtekeningafbeelding met naam en datum onder 'Voor akkoord met het handelingsdeel'")
d("po14", "L5", "odt", "po", "D_kleuter_taal", "2025-11-06", {"uitstroombestemming": "tevroeg", "belemmerende_factoren": "ph2", "afwijkingen_onderwijsprogramma": "drop"}, "protest",
  note="kleuter: 'uitstroom nog niet aan te geven'; belemmerend 'nog aanvullen'; geen vraag over afwijkingen (stilte); getekend onder protest")
d("po15", "L6", "pdf-word", "po", "B_dyscalculie", "2025-11-13", consent="email", note="complete brief; instemming per e-mail met datum")
d("po16", "L6", "txt", "po", "E_kleuter_jonge_kind", "2025-09-26", {"onderbouwing": "vague", "ondersteuning": "ref"}, "future_sig",
  note="brief jonge kind; onderbouwing zonder gegevens; ondersteuning alleen verwijzing naar groepsplan; ouders 'ondertekenen later'")
d("po17", "L7", "txt", "po", "A_dyslexie", "2025-10-09", consent="portal", note="complete systeemexport; digitaal akkoord via ouderportaal")
d("po18", "L7", "pdf", "po", "C_gedrag", "2025-10-30", {"adviezen_professionals": "drop", "inbreng_leerling": "drop", "vaststelling": "drop"}, "pending",
  note="export zonder adviesveld, zonder inbreng leerling en zonder vaststellingsregel (alleen 'Status plan: Definitief'); status instemming 'nog niet ontvangen'")
d("po19", "L7", "scan", "po", "G_plusklas", "2025-12-04", {"doelen": "ph3", "vaststelling": "nodate"}, "portal",
  note="gescande export; doelen 'volgt na overleg'; datum vaststelling leeg; digitaal akkoord ouders wel aanwezig", scanned=True)
d("po20", "L8", "docx", "po", "D_kleuter_taal", "2025-10-02", note="complete groeiplan jonge kind met voorlopig perspectief")
d("po21", "L8", "pdf", "po", "E_kleuter_jonge_kind", "2025-09-18", {"uitstroombestemming": "tevroeg", "afwijkingen_onderwijsprogramma": "ticks"},
  note="jonge kind: uitstroom 'nog niet aan te geven'; afwijkingen als niet-aangevinkte opties terwijl het kind een verkort rooster heeft")
d("po22", "L8", "odt", "po", "D_kleuter_taal", "2025-11-20", {"inbreng_leerling": "generic", "evaluatie": "ref", "oogo": "drop"}, "avg_only",
  note="stem van het kind is algemene schooltekst; evaluatie verwijst naar schoolgids; geen OOGO; alleen AVG/foto-toestemming getekend, geen instemming handelingsdeel")
d("po23", "L9", "pdf", "po", "F_versnellen", "2025-10-17", note="complete plusplan versnellen")
d("po24", "L9", "docx", "po", "G_plusklas", "2025-10-08", {"doelen": "vague", "ondersteuningsbehoefte": "generic"}, "partial",
  note="doelen vaag/niet toetsbaar; onderwijsbehoeften over alle kinderen; gedeeltelijk akkoord (niet met plusklas)")
d("po25", "L9", "txt", "po", "F_versnellen", "2025-11-27", {"bevorderende_factoren": "generic", "ondersteuning": "ph4", "vaststelling": "drop"}, "sig_wg",
  note="sterke kanten alleen over de school; arrangement 'Nog invullen door IB.'; geen vaststelling (datum/wie); consent ouders w.g. met datum")
d("po26", "L1", "pdf", "po", "A_dyslexie", "2024-10-15", shift=-1, note="complete plan van voor 1-8-2025 (inbreng n.v.t., staat er wel in)")
d("po27", "L3", "odt", "po", "B_dyscalculie", "2024-11-05", {"inbreng_leerling": "drop"}, shift=-1, revised="2025-10-06",
  note="plan uit 2024, bijgesteld oktober 2025: inbreng leerling daarna verplicht maar ontbreekt")
d("po28", "L5", "docx", "po", "C_gedrag", "2025-10-13", {"ondersteuning": "generic", "belemmerende_factoren": "generic"}, "refused",
  note="wie-doet-wat en belemmerend zijn algemene groepsteksten; ouders vinkten 'niet akkoord' aan en tekenden")
d("po29", "L2", "scan", "po", "B_dyscalculie", "2025-11-03", {"evaluatie": "drop"}, "gezien_text",
  note="gescand groeidocument; geen evaluatieparagraaf; 'Voor gezien.' boven handtekening", scanned=True)
d("po30", "L6", "pdf", "po", "G_plusklas", "2025-12-01", {"inbreng_leerling": "noeffect"}, "protest",
  note="brief; mening kind zonder wat ermee gebeurt; antwoordstrook getekend onder protest")
d("po31", "L1", "docx", "po", "H_ass", "2024-11-26", {"inbreng_leerling": "drop"}, "mondeling", shift=-1,
  note="complete plan van voor 1-8-2025 zonder inbreng (toen nog niet verplicht); mondelinge instemming vastgelegd")
d("po32", "L5", "pdf", "po", "E_kleuter_jonge_kind", "2025-10-01", note="complete; jonge kind met verkort rooster als afwijking")
d("po33", "L4", "docx-cc", "po", "D_kleuter_taal", "2025-11-10", note="complete beknopt OPP met inhoudsbesturingselementen en aangevinkte selectievakjes")
d("po34", "L7", "odt", "po", "H_ass", "2025-10-20", {"ondersteuning": "empty", "oogo": "ph0"}, "mondeling",
  note="export: handelingsdeel '<leeg>'; OOGO '...'; mondelinge instemming wel vastgelegd")
d("po35", "L2", "pdf-word", "po", "F_versnellen", "2025-11-24", {"afwijkingen_onderwijsprogramma": "ref"}, "ph",
  note="afwijkingen alleen 'Zie bijlage 3.'; ondertekening toont '[handtekening]' en '[datum]' (sjabloon)")

# ---------------------------------------------------------------- po: not an OPP
d("po36", "mdo", "pdf-word", "po", "C_gedrag", "2025-10-06", note="MDO-verslag, geen OPP")
d("po37", "tlv", "pdf", "po", "B_dyscalculie", "2025-12-03", note="TLV-aanvraag sbo met handtekeningen; OPP alleen als bijlage genoemd")
d("po38", "hp", "docx", "po", "A_dyslexie", "2025-11-10", note="handelingsplan spelling voor één periode, met doel, aanpak en evaluatie; geen OPP")
d("po39", "eval", "odt", "po", "A_dyslexie", "2025-10-15", note="evaluatieverslag van een eerder OPP; het plan zelf zit er niet in")
d("po40", "groei0", "pdf-word", "po", "C_gedrag", "2025-10-22", note="groeidocument basisversie zonder ontwikkelingsperspectief")
d("po41", "mdo", "scan", "po", "H_ass", "2025-09-23", note="gescand MDO-verslag", scanned=True)
ALLBLANK = {e: "empty" for e in ELEMENTS if e not in ("instemming_ouders",)}
d("po42", "L1", "docx", "po", "A_dyslexie", "2025-09-01", dict(ALLBLANK, informatie_rechten="drop", adviezen_professionals="instr", ondersteuning="instr"), "blank", blank=True,
  note="leeg format (SWV-format met koppen); twee invulinstructies; geen rechtenparagraaf")
d("po43", "L4", "pdf-form", "po", "B_dyscalculie", "2025-09-01", dict(ALLBLANK, uitstroombestemming="ticks", afwijkingen_onderwijsprogramma="ticks", informatie_rechten="drop"), "blank", blank=True,
  note="leeg invulbaar beknopt-OPP-formulier")
d("gen44", "folder", "pdf", "none", "A_dyslexie", "2025-09-01", note="folder voor ouders over wat een OPP is")
d("gen45", "nieuws", "txt", "none", "A_dyslexie", "2025-12-01", note="nieuwsbrief met een stukje over OPP's")

# ---------------------------------------------------------------- sbo
d("sbo46", "L1", "pdf", "sbo", "I_sbo", "2025-10-09", note="complete sbo-plan")
d("sbo47", "L3", "docx", "sbo", "I_sbo", "2025-11-17", {"uitstroombestemming": "ref", "doelen": "ph1"}, "sig_img_only",
  note="uitstroom alleen verwijzing naar bijlage; doelen 'n.t.b.'; handtekeningafbeelding met naam en datum (geldig)")
d("sbo48", "L7", "txt", "sbo", "I_sbo", "2025-10-27", {"evaluatie": "empty"}, "refused", note="export; evaluatie '<leeg>'; ouders niet akkoord")
d("sbo49", "L2", "pdf", "sbo", "I_sbo", "2024-10-29", consent="email", shift=-1, note="complete plan van voor 1-8-2025; instemming per e-mail")

# ---------------------------------------------------------------- so
d("so50", "L3", "pdf", "so", "J_so", "2025-10-06", note="complete so-plan met advies commissie voor de begeleiding")
d("so51", "L5", "docx", "so", "J_so", "2025-11-12",
  {"adviezen_professionals": ("custom", "De jeugdhulpverlener adviseert nauwe afstemming met het gezin; de school neemt dit advies over.", "incomplete"),
   "informatie_rechten": "drop"}, "blank",
  note="so: advies alleen van jeugdhulp, advies commissie voor de begeleiding ontbreekt; geen rechtenparagraaf; handtekeningvakken leeg")
d("so52", "L1", "odt", "so", "J_so", "2025-09-29", {"onderbouwing": "instr", "ondersteuning": "vague"},
  note="onderbouwing is de instructietekst van het format; ondersteuning 'extra hulp waar nodig'")

# ---------------------------------------------------------------- vo
d("vo53", "L1", "pdf-word", "vo", "K_vo", "2025-10-15", note="complete vo-plan (vmbo-kader, TOS)")
d("vo54", "L4", "docx-cc", "vo", "K_vo", "2025-11-05", {"ondersteuningsbehoefte": "ticks", "evaluatie": "empty"}, "nodate",
  note="onderwijsbehoeften als niet-aangevinkte opties; evaluatieveld met plaatsaanduiding; handtekening zonder datum")
d("vo55", "L6", "pdf", "vo", "K_vo", "2025-10-24", {"oogo": "generic"}, "school_only",
  note="brief; OOGO alleen algemene zin; antwoordstrook niet ingevuld")

# ---------------------------------------------------------------- pro
d("pro56", "L7", "pdf", "pro", "L_pro", "2025-10-03", consent="portal", note="complete export praktijkonderwijs, uitstroom arbeid")
d("pro57", "L3", "txt", "pro", "L_pro", "2025-11-19", {"belemmerende_factoren": "empty", "inbreng_leerling": "noeffect"}, "sig_wg",
  note="belemmerende kolommen leeg; mening leerling zonder gevolg; consent w.g. met datum")

# ---------------------------------------------------------------- vso
d("vso58", "L1", "pdf", "vso", "M_vso_adult", "2025-10-01", note="complete; meerderjarige handelingsbekwame leerling tekent zelf; inbreng n.v.t.")
d("vso59", "L3", "docx", "vso", "M_vso_adult", "2025-10-22", {"evaluatie": "ph0"}, "wrong_party",
  note="meerderjarige leerling: alleen ouders tekenden, leerlingregel leeg; evaluatie '...'")
d("vso60", "L2", "pdf-word", "vso", "N_vso_curatele", "2025-10-13", note="complete; leerling onder curatele, curator (moeder) tekent; inbreng leerling aanwezig")
d("vso61", "L5", "scan", "vso", "N_vso_curatele", "2025-11-07", consent="wrong_party",
  note="scan; leerling onder curatele tekende zelf, curatorregel leeg", scanned=True)
d("vso62", "L7", "odt", "vso", "M_vso_adult", "2024-10-07", consent="email", shift=-1, note="complete export, meerderjarige leerling, plan van voor 1-8-2025")

FMT_LABEL = {"pdf-word": "pdf", "pdf": "pdf", "pdf-form": "pdf", "scan": "pdf", "docx": "docx", "docx-cc": "docx", "odt": "odt", "txt": "txt"}
EXT = {"pdf": "pdf", "docx": "docx", "odt": "odt", "txt": "txt"}
THEMES = [dict(font="DV", accent="#1F4E79", head="#DCE6F0"), dict(font="DVS", accent="#7A2E0E", head="#F3E3D3", size=9.8),
          dict(font="DV", accent="#2E6B30", head="#E2F0D9", size=9), dict(font="DVS", accent="#4B2C6F", head="#ECE3F3")]


def blocks_to_form(blocks):
    fields = []
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2"):
            fields.append(("h", b[1]))
        elif k == "cc":
            v = b[2] or ""
            fields.append(("text", b[1], v, 3 if len(v) > 60 or not v else 1))
        elif k == "checks":
            for v, lab in b[1]:
                fields.append(("check", lab, v))
        elif k == "sig":
            s = b[1]
            fields.append(("sig", s["label"], s.get("name") or "", s.get("date") or "", s.get("mark")))
        elif k in ("p", "small"):
            fields.append(("note", b[1]))
        elif k in ("title", "subtitle", "footer", "header"):
            pass
        elif k == "table":
            fields.append(("note", "\n".join(" | ".join(r) for r in b[1])))
        else:
            raise ValueError(k)
    return fields


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    # a fixed scratch path: reportlab names embedded images after their path, so a random temp dir would change the bytes
    tmp = os.path.join(tempfile.gettempdir(), "blind44-2026-12-06af-build")
    if os.path.isdir(tmp):
        shutil.rmtree(tmp)
    os.makedirs(tmp)
    labels = []
    to_convert = []
    for i, spec in enumerate(S):
        ctx = make_ctx(spec)
        fmt = spec["fmt"]
        txt = fmt == "txt"
        lay = spec["layout"]
        nonopp = lay in NONOPP
        P = None
        if nonopp:
            layout_name, fn = NONOPP[lay]
            P = {}
            blocks = fn(spec, ctx, P, txt)
            R = None
        else:
            layout_name, fn = LAYOUTS[lay]
            R = resolve(spec, ctx)
            P = profile_data(spec, ctx) if not spec.get("blank") else _blank_P(spec, ctx)
            P["N"] = ctx["N"]
            blocks = fn(spec, ctx, P, R, txt)
        fl = FMT_LABEL[fmt]
        name = "%s-%s.%s" % (spec["id"], layout_name if not spec.get("blank") else "leeg-format-" + layout_name, EXT[fl])
        out = os.path.join(DOCS, name)
        seed = 1000 + i
        theme = THEMES[i % len(THEMES)]
        if fmt == "pdf":
            writers.write_pdf(blocks, out, tmp, seed, theme)
        elif fmt == "docx":
            writers.write_docx(blocks, out, tmp, seed)
        elif fmt == "docx-cc":
            writers.write_docx(blocks, out, tmp, seed, use_cc=True, use_cc_checks=True)
        elif fmt == "odt":
            writers.write_odt(blocks, out, tmp, seed)
        elif fmt == "txt":
            writers.write_txt(blocks, out)
        elif fmt == "pdf-word":
            src = os.path.join(tmp, name.replace(".pdf", ".docx"))
            writers.write_docx(blocks, src, tmp, seed)
            to_convert.append((src, out))
        elif fmt == "pdf-form":
            title = [b[1] for b in blocks if b[0] == "title"][0]
            sub = [b[1] for b in blocks if b[0] == "subtitle"][0]
            foot = [b[1] for b in blocks if b[0] == "footer"]
            writers.write_pdf_form(blocks_to_form(blocks), out, title, sub, foot[0] if foot else "", tmp, seed)
        elif fmt == "scan":
            src = os.path.join(tmp, "src-" + name)
            writers.write_pdf(blocks, src, tmp, seed, theme)
            writers.make_scan(src, out, tmp, seed)
        if nonopp:
            els = {e: "missing" for e in ELEMENTS}
        else:
            els = {e: R[e]["status"] for e in ELEMENTS}
        acc = []
        if spec.get("scanned") and not nonopp:
            acc = ["instemming_ouders", "vaststelling"]
        if spec.get("consent") == "sig_img_only" and not nonopp:
            acc = sorted(set(acc + ["instemming_ouders"]))
        labels.append(dict(file="docs/" + name, format=fl, layout=layout_name + (" (leeg format)" if spec.get("blank") else ""),
                           school_type=spec["type"], scanned=bool(spec.get("scanned")), elements=els, accept_unclear=acc,
                           notes="%s; %s; plan date %s%s. %s" % (layout_name, fmt, spec["date"],
                                                              (", revised " + spec["revised"]) if spec.get("revised") else "", spec["note"])))
    if to_convert:
        cv = os.path.join(tmp, "cv")
        os.makedirs(cv)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://%s/lo" % tmp, "--convert-to", "pdf", "--outdir", cv]
                       + [s for s, _ in to_convert], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for src, out in to_convert:
            shutil.move(os.path.join(cv, os.path.basename(src).replace(".docx", ".pdf")), out)
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": labels}, f, ensure_ascii=False, indent=1)
    shutil.rmtree(tmp)
    write_readme(labels)
    print("documents:", len(labels))


def write_readme(labels):
    import collections
    with open(os.path.join(HERE, "readme_head.md"), encoding="utf-8") as f:
        head = f.read()
    rows = ["| file | type | format | note |", "|---|---|---|---|"]
    for spec, lab in zip(S, labels):
        rows.append("| `%s` | %s | %s%s | %s |" % (lab["file"][5:], lab["school_type"], spec["fmt"], " (scan)" if lab["scanned"] and spec["fmt"] != "scan" else "",
                                                 lab["notes"].split(". ", 1)[1] if ". " in lab["notes"] else lab["notes"]))
    st = collections.Counter(l["school_type"] for l in labels)
    fm = collections.Counter(s["fmt"] for s in S)
    comp = sum(1 for l in labels if l["layout"] not in ("",) and all(v in ("present", "not_applicable") for v in l["elements"].values()))
    summary = ["", "Counts: %d documents; school types %s; formats %s; %d complete and correct plans." % (
        len(labels), ", ".join("%s %d" % kv for kv in sorted(st.items())), ", ".join("%s %d" % kv for kv in sorted(fm.items())), comp), ""]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(head + "\n".join(summary + rows) + "\n")


def _blank_P(spec, ctx):
    return dict(N="de leerling", uitstroom="", vo_tick="", onderbouwing="", belem={"Leren": "", "Werkhouding": "", "Sociaal-emotioneel": ""},
                bevord={"Leren": "", "Werkhouding": "", "Sociaal-emotioneel": ""}, behoefte=[], ondersteuning=[], afwijk=None, doelen=[],
                advies="", oogo="", inbreng_view="", inbreng_effect="", evaluatie="", adult=False, curatele=False, kleuter=False, gifted=False, rechten="")


if __name__ == "__main__":
    main()
