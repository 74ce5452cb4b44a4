#!/usr/bin/env python3
"""Deterministic generator of the blind OPP corpus 2026-12-09c (round 80).

Run:  /work/blind81/venv/bin/python gen.py   (needs soffice, pdftoppm)
Writes docs/ and labels.json next to this script; intermediate files go to /work/blind81/build.
No clock, fixed seeds. (LibreOffice stamps its own creation date into the PDF/ODT metadata; the
visible content is identical on every run.)
"""
import json, os, random, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import ELEMENTS, SCHOOLS
import layouts, render, nonopp

BUILD = "/work/blind81/build"
DOCS = os.path.join(HERE, "docs")
CUTOFF = "2025-08-01"
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]

FIRST = ["Noor", "Daan", "Yara", "Sem", "Lotte", "Milan", "Fenna", "Jelle", "Sanne", "Ravi", "Isa", "Thijmen",
         "Mees", "Evi", "Bram", "Liv", "Ayoub", "Femke", "Tobias", "Nina", "Jurre", "Soraya", "Kiki", "Luuk",
         "Hidde", "Zara", "Ruben", "Maud", "Siem", "Elin"]
LAST = ["Vledderhuis", "Kortekamp", "Olthoff", "Brinkerink", "Van Haarlemmer", "Weidenaar", "Ten Velthuis",
        "Groenhart", "Sluiter", "Bakkenist", "De Ruyterveld", "Hoekzema", "Amrani", "Van Esschoten", "Roelvink",
        "Duijvestein", "Mulderij", "Kamphorst", "Tielemans", "Oosterling"]
KLAS = {"po": "groep 6", "sbo": "groep 7 (SBO)", "so": "groep Zeeleeuwen (SO, 10-12 jaar)", "vo": "klas 3 vmbo-tl",
        "pro": "leerjaar 3", "vso": "uitstroomgroep 4"}
BIRTH = {"po": 2016, "sbo": 2015, "so": 2014, "vo": 2011, "pro": 2010, "vso": 2008}
DIRECTORS = ["mevr. H. Zandbergen", "dhr. W. Overduin", "mevr. C. Plasmeijer", "dhr. J. Tromp", "mevr. E. van Lier"]


def nl(iso):
    y, m, d = map(int, iso.split("-"))
    return "%d %s %d" % (d, MONTHS[m - 1], y)


def dnum(iso):
    y, m, d = iso.split("-")
    return "%s-%s-%s" % (d, m, y)


def add_days(iso, n):
    import datetime
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=n)).isoformat()


def spec(n, fid, typ, layout, fmt, set_iso, modes=None, **kw):
    r = random.Random(1000 + n)
    first = FIRST[n % len(FIRST)]
    last = LAST[(n * 7) % len(LAST)]
    other = FIRST[(n + 11) % len(FIRST)]
    adult = kw.get("adult", False)
    s = {"n": n, "id": fid, "type": typ, "layout": layout, "fmt": fmt, "first": first,
         "fullname": "%s %s" % (first, last), "other": other,
         "birth": "%02d-%02d-%d" % (r.randint(1, 28), r.randint(1, 12), BIRTH[typ] - (1 if adult else 0) - (int(set_iso[:4]) < 2025 and 0)),
         "klas": KLAS[typ], "director": DIRECTORS[n % len(DIRECTORS)], "lln": "%07d" % r.randint(1000000, 9999999),
         "set_iso": set_iso, "set_date": nl(set_iso), "made_date": dnum(add_days(set_iso, -14)),
         "oogo_date": nl(add_days(set_iso, -7)), "pupil_date": nl(add_days(set_iso, -10)),
         "consent_date": dnum(add_days(set_iso, -3)),
         "parents": "moeder (mevr. %s) en vader" % last if not adult else "%s zelf en (op verzoek van %s) de moeder" % (first, first),
         "parent_sig": "%s. %s" % ("ABCDEFGHJKLMNPRSTW"[n % 18], last),
         "variant": kw.pop("variant", n), "modes": {e: "full" for e in ELEMENTS}}
    if typ in ("so", "vso"):
        s["cvb"] = nl(add_days(set_iso, -21))
    y = int(set_iso[:4]); m = int(set_iso[5:7])
    sy = y if m >= 8 else y - 1  # school year start
    e1, e2 = add_days(set_iso, 120), add_days(set_iso, 240)
    s["eval1"] = "%s %s" % (MONTHS[int(e1[5:7]) - 1], e1[:4])
    s["eval2"] = "%s %s" % (MONTHS[int(e2[5:7]) - 1], e2[:4])
    s["ty"] = y if m >= 2 else y - 1
    s["start"] = nl(add_days(set_iso, 1))
    if set_iso < CUTOFF:
        s["modes"]["inbreng_leerling"] = "absent"
    s["modes"]["afwijkingen_onderwijsprogramma"] = "nvt" if n % 3 == 0 else "full"
    s["modes"].update(modes or {})
    s.update(kw)
    if typ == "vo" and s["variant"] % 2 == 1:
        s["klas"] = "klas 3 havo"
    if s.get("curatele"):
        s["parent_sig"] = "mr. B. Hendrikse-Vos"
        s["parents"] = "de curator (mr. B. Hendrikse-Vos) en %s zelf" % first
    if s.get("revised_iso"):
        s["revised"] = dnum(s["revised_iso"])
    return s


FULL_ALL = {}
D = []
A = D.append
# ---------------- complete plans (false alarms show here)
A(spec(1, "po-numbered-complete", "po", "swv-numbered", "pdf-word", "2025-10-20", {"afwijkingen_onderwijsprogramma": "nvt"}))
A(spec(2, "sbo-domain-complete", "sbo", "domain-table", "docx", "2025-11-10", {"afwijkingen_onderwijsprogramma": "full"}))
A(spec(3, "so-groei-complete", "so", "groeidocument", "pdf", "2025-09-29", {"afwijkingen_onderwijsprogramma": "nvt"}))
A(spec(4, "vo-2col-complete", "vo", "two-column", "odt", "2026-02-09", {"afwijkingen_onderwijsprogramma": "full"}))
A(spec(5, "pro-questions-complete", "pro", "questions", "txt", "2025-10-13", {"afwijkingen_onderwijsprogramma": "full"}))
A(spec(6, "vso-adult-profile-complete", "vso", "vso-profile", "docx", "2025-12-01",
       {"instemming_ouders": "pupil_signed", "inbreng_leerling": "absent", "afwijkingen_onderwijsprogramma": "full"},
       adult=True, variant=0))
A(spec(7, "vso-curatele-2col-complete", "vso", "two-column", "pdf-word", "2025-11-17",
       {"instemming_ouders": "curator_signed", "afwijkingen_onderwijsprogramma": "nvt"}, adult=True, curatele=True, variant=2))
A(spec(8, "po-letter-2024-complete", "po", "letter", "pdf-word", "2024-03-18", {"afwijkingen_onderwijsprogramma": "full"}))
A(spec(9, "vo-export-complete", "vo", "system-export", "pdf", "2025-11-24",
       {"instemming_ouders": "digital", "afwijkingen_onderwijsprogramma": "nvt"}))
A(spec(10, "po-beknopt-complete", "po", "beknopt", "md", "2026-01-19", {"afwijkingen_onderwijsprogramma": "nvt"}))
A(spec(11, "sbo-fillable-complete", "sbo", "fillable", "fillable", "2025-10-06", {"afwijkingen_onderwijsprogramma": "full"}))
A(spec(12, "so-numbered-instructions-kept", "so", "swv-numbered", "docx", "2025-10-27",
       {e: "instr_full" for e in ["onderbouwing", "belemmerende_factoren", "ondersteuningsbehoefte", "doelen", "inbreng_leerling",
                                  "evaluatie", "informatie_rechten"]} | {"afwijkingen_onderwijsprogramma": "nvt"}, intro_instr=True))
A(spec(13, "vso-domain-complete", "vso", "domain-table", "pdf-word", "2026-01-12", {"afwijkingen_onderwijsprogramma": "full"}, variant=0))
A(spec(14, "pro-groei-cc-complete", "pro", "groeidocument", "docx", "2025-11-03", {"afwijkingen_onderwijsprogramma": "nvt"}, cc=True))
# ---------------- half-done plans
A(spec(15, "po-numbered-cc-halfdone", "po", "swv-numbered", "docx", "2025-10-20",
       {"doelen": "cc_empty", "evaluatie": "cc_empty", "vaststelling": "cc_empty", "instemming_ouders": "unticked",
        "afwijkingen_onderwijsprogramma": "full"}, cc=True))
A(spec(16, "vo-2col-placeholders", "vo", "two-column", "pdf-word", "2025-10-06",
       {"onderbouwing": "ph:n.t.b.", "adviezen_professionals": "ph:volgt na overleg",
        "vaststelling": "ph:Vastgesteld op ..-..-2025 door ......", "inbreng_leerling": "absent",
        "instemming_ouders": "blank_line", "afwijkingen_onderwijsprogramma": "full"}))
A(spec(17, "sbo-groei-instructions-left", "sbo", "groeidocument", "odt", "2025-11-10",
       {"bevorderende_factoren": "instr", "ondersteuningsbehoefte": "instr", "informatie_rechten": "instr",
        "instemming_ouders": "voor_gezien", "afwijkingen_onderwijsprogramma": "full"}))
A(spec(18, "so-questions-futurework", "so", "questions", "txt", "2025-12-08",
       {"doelen": "future", "adviezen_professionals": "ref", "instemming_ouders": "onder_protest",
        "afwijkingen_onderwijsprogramma": "nvt"}))
A(spec(19, "pro-beknopt-gaps-refused", "pro", "beknopt", "pdf", "2026-01-26",
       {"belemmerende_factoren": "empty", "informatie_rechten": "absent", "evaluatie": "nvt_wrong",
        "instemming_ouders": "refused", "afwijkingen_onderwijsprogramma": "full"}))
A(spec(20, "vso-profile-unticked-partial", "vso", "vso-profile", "docx", "2025-10-13",
       {"uitstroombestemming": "unticked_profile", "adviezen_professionals": "absent", "instemming_ouders": "partial",
        "afwijkingen_onderwijsprogramma": "full"}, variant=1))
A(spec(21, "po-letter-schoolonly-viewonly", "po", "letter", "pdf-word", "2025-09-22",
       {"instemming_ouders": "school_only", "inbreng_leerling": "view_only", "afwijkingen_onderwijsprogramma": "nvt"}))
A(spec(22, "vo-export-nodate-txt", "vo", "system-export", "txt", "2025-12-15",
       {"instemming_ouders": "no_date", "ondersteuning": "ref", "afwijkingen_onderwijsprogramma": "absent"}))
A(spec(23, "sbo-numbered-avg-only", "sbo", "swv-numbered", "pdf", "2025-10-27",
       {"instemming_ouders": "avg_only", "afwijkingen_onderwijsprogramma": "absent", "oogo": "future"}))
A(spec(24, "po-2col-copied-other-pupil", "po", "two-column", "docx", "2025-11-03",
       {"belemmerende_factoren": "other_pupil", "doelen": "other_pupil", "afwijkingen_onderwijsprogramma": "full"}))
A(spec(25, "vo-domain-copied-other-pupil", "vo", "domain-table", "pdf-word", "2025-10-20",
       {"belemmerende_factoren": "other_pupil", "inbreng_leerling": "other_pupil", "afwijkingen_onderwijsprogramma": "nvt"}))
A(spec(26, "so-numbered-expired-2023", "so", "swv-numbered", "pdf-word", "2023-10-16",
       {"afwijkingen_onderwijsprogramma": "full"}, valid_until="31-07-2024"))
A(spec(27, "po-beknopt-expired-2022", "po", "beknopt", "txt", "2022-11-14",
       {"instemming_ouders": "blank_line", "informatie_rechten": "absent", "afwijkingen_onderwijsprogramma": "nvt"},
       valid_until="31-07-2023"))
A(spec(28, "vo-groei-revised-no-pupil", "vo", "groeidocument", "docx", "2024-10-21",
       {"afwijkingen_onderwijsprogramma": "full", "inbreng_leerling": "absent"}, revised_iso="2025-11-17",
       eval1="februari 2026", eval2="juni 2026",
       revision_log=[["1.0", "21-10-2024", "Eerste vaststelling"], ["2.0", "17-11-2025", "Bijgesteld na evaluatie: doelen en ondersteuning aangepast; opnieuw ondertekend"]],
       consent_date="14-11-2025"))
A(spec(29, "sbo-2col-revised-complete", "sbo", "two-column", "pdf-word", "2025-03-10",
       {"afwijkingen_onderwijsprogramma": "full", "inbreng_leerling": "full"}, revised_iso="2026-01-19",
       eval1="juni 2026", eval2="januari 2027", pupil_date="8 januari 2026",
       revision_log=[["1", "10-03-2025", "Vaststelling"], ["2", "19-01-2026", "Bijstelling na evaluatie met ouders en leerling; inbreng leerling toegevoegd"]],
       consent_date="15-01-2026"))
A(spec(30, "vso-letter-revised-2025-06", "vso", "letter", "odt", "2024-05-13",
       {"afwijkingen_onderwijsprogramma": "full"}, revised_iso="2025-06-16", variant=1,
       revision_log=[["1", "13-05-2024", "Vaststelling"], ["2", "16-06-2025", "Bijgesteld: stageplek gewijzigd"]]))
# ---------------- scans
A(spec(31, "po-numbered-scan-complete", "po", "swv-numbered", "scan", "2025-10-06", {"afwijkingen_onderwijsprogramma": "nvt"}))
A(spec(32, "vo-2col-scan-placeholders", "vo", "two-column", "scan", "2025-11-10",
       {"doelen": "ph:...", "evaluatie": "ph:nog aanvullen", "instemming_ouders": "blank_line",
        "afwijkingen_onderwijsprogramma": "full"}))
A(spec(33, "so-beknopt-scan-2024", "so", "beknopt", "scan", "2024-04-15", {"afwijkingen_onderwijsprogramma": "nvt"}))
A(spec(34, "pro-numbered-scan-schoolonly", "pro", "swv-numbered", "scan", "2025-12-01",
       {"instemming_ouders": "school_only", "adviezen_professionals": "ref", "afwijkingen_onderwijsprogramma": "full"}))
A(spec(35, "sbo-letter-scan-complete", "sbo", "letter", "scan", "2026-02-02", {"afwijkingen_onderwijsprogramma": "full"}))
A(spec(36, "vso-questions-scan-viewonly", "vso", "questions", "scan", "2025-10-27",
       {"inbreng_leerling": "view_only", "afwijkingen_onderwijsprogramma": "nvt"}, variant=2))
# ---------------- fillable forms and more
A(spec(37, "vo-fillable-halfdone", "vo", "fillable", "fillable", "2025-11-03",
       {"doelen": "empty", "evaluatie": "empty", "vaststelling": "empty", "instemming_ouders": "unticked",
        "afwijkingen_onderwijsprogramma": "nvt"}))
A(spec(38, "vso-adult-fillable-complete", "vso", "fillable", "fillable", "2026-01-12",
       {"instemming_ouders": "pupil_signed", "inbreng_leerling": "absent", "afwijkingen_onderwijsprogramma": "full"},
       adult=True, variant=1))
A(spec(39, "po-domain-refused", "po", "domain-table", "docx", "2026-03-09",
       {"instemming_ouders": "refused", "afwijkingen_onderwijsprogramma": "nvt"}))
A(spec(40, "pro-numbered-no-oogo", "pro", "swv-numbered", "odt", "2025-12-08",
       {"oogo": "absent", "afwijkingen_onderwijsprogramma": "full"}))
A(spec(41, "so-beknopt-no-evaluation", "so", "beknopt", "pdf", "2026-01-26",
       {"evaluatie": "absent", "afwijkingen_onderwijsprogramma": "full"}))
A(spec(42, "vso-questions-complete", "vso", "questions", "docx", "2025-10-06", {"afwijkingen_onderwijsprogramma": "full"}, variant=2))
A(spec(43, "sbo-export-concept-placeholders", "sbo", "system-export", "md", "2025-11-24",
       {"uitstroombestemming": "ph:n.t.b.", "bevorderende_factoren": "ph:...", "ondersteuningsbehoefte": "ph:[tekst]",
        "instemming_ouders": "unticked", "vaststelling": "absent", "afwijkingen_onderwijsprogramma": "nvt"},
       doc_status="Concept"))
# ---------------- blank formats as published (the format's own headings and instructions, nothing filled)
_blank = {e: "instr" for e in ELEMENTS} | {"instemming_ouders": "unticked"}
A(spec(44, "blank-format-vo-numbered", "vo", "swv-numbered", "docx", "2025-08-25", _blank, intro_instr=True, blank=True,
       title="Format ontwikkelingsperspectiefplan VO 2025-2026"))
A(spec(45, "blank-format-sbo-fillable", "sbo", "fillable", "fillable", "2025-08-25",
       {e: "empty" for e in ELEMENTS} | {"instemming_ouders": "unticked"}, blank=True, title="OPP-formulier SBO (leeg)"))
# ---------------- not OPPs
A({"n": 46, "id": "leaflet-parents-wat-is-een-opp", "fmt": "pdf", "layout": "leaflet", "type": "none", "nonopp": "leaflet"})
A({"n": 47, "id": "swv-procedure-opp-tlv", "fmt": "pdf-word", "layout": "procedure", "type": "none", "nonopp": "procedure"})
A({"n": 48, "id": "school-ondersteuningsprofiel", "fmt": "docx", "layout": "ondersteuningsprofiel", "type": "none", "nonopp": "sop"})
A({"n": 49, "id": "newsletter-december", "fmt": "txt", "layout": "newsletter", "type": "none", "nonopp": "newsletter"})


def blank_meta(s):
    # blank formats: no pupil data filled in
    for k in ("fullname", "birth", "klas", "made_date"):
        s[k] = "" if k != "fullname" else ""
    s["first"] = "de leerling"
    return s


STATUS = {"full": "present", "instr_full": "present", "absent": "missing", "nvt": "not_applicable",
          "signed": "present", "digital": "present", "pupil_signed": "present", "curator_signed": "present",
          "avg_only": "missing"}


def labels(s):
    if s.get("nonopp"):
        return {e: "missing" for e in ELEMENTS}
    out = {}
    for e in ELEMENTS:
        out[e] = STATUS.get(s["modes"][e], "incomplete")
    last = max(s["set_iso"], s.get("revised_iso", ""))
    if not s.get("blank") and last < CUTOFF:
        out["inbreng_leerling"] = "not_applicable"
    if s.get("adult") and not s.get("curatele"):
        out["inbreng_leerling"] = "not_applicable"
    return out


NOTE_MODE = {"absent": "left out", "empty": "heading/field with nothing under it", "instr": "only the format's instruction",
             "instr_full": "instruction left in above real content", "future": "future-work phrase instead of content",
             "ref": "only a reference elsewhere", "nvt": "explicit 'geen afwijkingen'", "nvt_wrong": "'n.v.t.' where it applies",
             "view_only": "pupil's view without what it changed", "other_pupil": "text copied from another pupil's plan (names %s)",
             "unticked_profile": "profile boxes all unticked, 'Toelichting: ...'", "cc_empty": "empty content control (placeholder text)",
             "voor_gezien": "signed 'voor gezien'", "onder_protest": "signed 'onder protest'", "refused": "ticked 'niet akkoord'",
             "partial": "partial consent", "school_only": "only the school signed", "blank_line": "blank signature lines",
             "unticked": "unticked consent boxes, no signature", "no_date": "signed without a date",
             "avg_only": "only AVG/photo consent signed, no consent to the handelingsdeel",
             "digital": "consent via parent portal with date", "pupil_signed": "adult pupil signed himself",
             "curator_signed": "curator signed (pupil under curatele)"}


def note(s):
    if s.get("nonopp"):
        return nonopp.NOTES[s["nonopp"]]
    parts = ["%s; %s; %s; set %s" % (s["layout"], s["fmt"], s["type"], s["set_iso"])]
    if s.get("revised_iso"):
        parts.append("revised %s" % s["revised_iso"])
    if s.get("valid_until"):
        parts.append("expired plan (geldig tot %s)" % s["valid_until"])
    if s.get("adult"):
        parts.append("adult pupil" + (" under curatele" if s.get("curatele") else ", handelingsbekwaam"))
    if s.get("blank"):
        parts.append("blank format as published")
    if s.get("cc"):
        parts.append("docx content controls")
    gaps = []
    for e in ELEMENTS:
        m = s["modes"][e]
        if m in ("full", "signed"):
            continue
        if m.startswith("ph:"):
            gaps.append("%s: placeholder '%s'" % (e, m[3:]))
        elif m == "absent" and e == "inbreng_leerling" and labels(s)[e] == "not_applicable":
            gaps.append("inbreng_leerling: absent, not required (%s)" % ("adult pupil" if s.get("adult") else "plan before 1-8-2025"))
        else:
            gaps.append("%s: %s" % (e, NOTE_MODE.get(m, m).replace("%s", s.get("other", ""))))
    if s["fmt"] == "scan":
        parts.append("scanned image PDF, handwritten-style signatures")
    return "; ".join(parts) + (". Gaps/choices: " + "; ".join(gaps) if gaps else ". Complete.")


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    profile = os.path.join(BUILD, "lo-profile")
    out = []
    for s in D:
        if s.get("blank"):
            blank_meta(s)
        blocks = nonopp.build(s["nonopp"]) if s.get("nonopp") else layouts.build(s)
        fid, fmt = "%02d-%s" % (s["n"], s["id"]), s["fmt"]
        if s["layout"] == "fillable":
            blocks = layouts.lay_fillable(s)
            name = fid + ".pdf"
            render.to_fillable(blocks, os.path.join(DOCS, name))
            ofmt = "pdf"
        elif fmt in ("txt", "md"):
            name = fid + "." + fmt
            render.to_txt(blocks, os.path.join(DOCS, name), md=(fmt == "md"))
            ofmt = fmt
        elif fmt == "pdf":
            name = fid + ".pdf"
            render.to_pdf(blocks, os.path.join(DOCS, name))
            ofmt = "pdf"
        elif fmt == "scan":
            name = fid + ".pdf"
            src = os.path.join(BUILD, fid + "-clean.pdf")
            render.to_pdf(blocks, src, scan=True, seed=s["n"])
            render.to_scan(src, os.path.join(DOCS, name), s["n"], BUILD)
            ofmt = "pdf"
        else:
            dx = os.path.join(BUILD if fmt != "docx" else DOCS, fid + ".docx")
            render.to_docx(blocks, dx)
            if fmt == "docx":
                name, ofmt = fid + ".docx", "docx"
            elif fmt == "odt":
                render.soffice_convert(dx, "odt", DOCS, profile)
                name, ofmt = fid + ".odt", "odt"
            else:  # pdf-word
                render.soffice_convert(dx, "pdf", DOCS, profile)
                name, ofmt = fid + ".pdf", "pdf"
        assert os.path.exists(os.path.join(DOCS, name)), name
        rec = {"file": "docs/" + name, "format": ofmt,
               "layout": s["layout"] + ("" if fmt not in ("pdf-word", "fillable", "scan") else
                                         {"pdf-word": " (Word export)", "fillable": " (fillable PDF form)", "scan": " (scan)"}[fmt]),
               "school_type": s["type"], "scanned": fmt == "scan", "elements": labels(s),
               "accept_unclear": ["instemming_ouders"] if fmt == "scan" else [], "notes": note(s)}
        if fmt == "scan" and rec["elements"]["vaststelling"] == "present":
            pass
        out.append(rec)
        print(name)
    json.dump({"version": 1, "docs": out}, open(os.path.join(HERE, "labels.json"), "w"), indent=1, ensure_ascii=False)
    shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
