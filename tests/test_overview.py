"""An adviser's overview of a folder of real-looking plans: a web page and a workbook with one row per
document in order of urgency, the CSV's columns, the summary on stderr, and a meeting form per plan."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from oppcheck.i18n import message

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="workers need fork")
DEV = Path(__file__).resolve().parents[1] / "corpus" / "dev" / "docs"
# Plans of several layouts and formats: complete ones, consent missing, only unclear, a scan (read
# without OCR: pages not read), two that are no OPP; and a broken file is added.
SUBSET = ("004-pro-swv-numbered.pdf", "009-vo-swv-numbered.docx", "013-sbo-swv-numbered.docx",
          "018-po-swv-numbered.txt", "020-so-swv-numbered.md", "025-sbo-label-value-export.pdf",
          "047-vso-letter.odt", "072-po-docx-content-controls.docx", "090-po-groeidocument.docx",
          "126-po-swv-numbered-scan.pdf", "133-po-not-opp.pdf", "135-vo-not-opp.txt")
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)


def oppcheck(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "oppcheck", *map(str, args)], capture_output=True, timeout=300,
                          cwd=cwd, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("dossiers")
    for i, name in enumerate(SUBSET):
        target = root / ("school-b" if i % 3 == 0 else "") / name
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(DEV / name, target)
    (root / "leeg.md").write_bytes(b"")
    return root


@pytest.fixture(scope="module")
def results(folder) -> list[dict]:
    """The documents as the JSON contract gives them, in folder order."""
    return json.loads(oppcheck(folder, "--no-ocr", "--format", "json").stdout)["documents"]


@pytest.fixture(scope="module")
def page(folder, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    out = tmp_path_factory.mktemp("out") / "overzicht.html"
    return out, oppcheck(folder, "--no-ocr", "--output", out)


def urgency_order(docs: list[dict], root: Path) -> list[str]:
    """The documented order, computed from the JSON contract: no consent, then required gaps, then
    unreadable or scanned, then not an OPP, then complete; more missing/incomplete first, then more unclear."""
    not_opp = {message("finding.not_an_opp", "nl")}

    def key(item):
        position, d = item
        if d["status"] == "error":
            return (3, 0, 0, position)
        if all(e["status"] == "missing" and e["message"] in not_opp for e in d["elements"]):
            return (4, 0, 0, position)
        must = [e["status"] for e in d["elements"] if e["required"]]
        lacking, unclear = must.count("missing") + must.count("incomplete"), must.count("unclear")
        consent = next(e for e in d["elements"] if e["id"] == "instemming_ouders")
        if consent["required"] and consent["status"] in ("missing", "incomplete"):
            tier = 1
        elif lacking:
            tier = 2
        elif unclear:
            tier = 3 if d["unread_pages"] else 2
        else:
            tier = 5
        return (tier, -lacking, -unclear, position)

    ordered = sorted(enumerate(docs), key=key)
    return [os.path.relpath(d["path"], root).replace(os.sep, "/") for _, d in ordered]


def table_rows(html: str) -> list[list[str]]:
    from lxml import html as lhtml

    tree = lhtml.fromstring(html)
    body = tree.xpath('//table[@id="overview"]/tbody/tr')
    return [[cell.text_content().strip() for cell in tr.findall("td")] for tr in body]


def test_html_overview_one_row_per_document_in_order_of_urgency(folder, results, page):
    out, proc = page
    assert proc.returncode == 2, proc.stderr  # one file could not be read
    html = out.read_text("utf-8")
    rows = table_rows(html)
    assert len(rows) == len(SUBSET) + 1 == len(results)
    assert [r[1] for r in rows] == urgency_order(results, folder)
    assert [int(r[0]) for r in rows] == list(range(1, len(rows) + 1))
    verdicts = {r[1]: r[5] for r in rows}
    assert verdicts["leeg.md"] == "niet te lezen"
    assert verdicts["135-vo-not-opp.txt"] == verdicts["133-po-not-opp.pdf"] == "geen OPP"
    assert verdicts["school-b/018-po-swv-numbered.txt"] == "compleet"
    scan = next(r for r in rows if r[1].endswith("126-po-swv-numbered-scan.pdf"))
    assert scan[-1] == "ja, deels niet gelezen"
    by_path = {os.path.relpath(d["path"], folder).replace(os.sep, "/"): d for d in results}
    for r in rows:
        d = by_path[r[1]]
        assert r[2] == (d.get("school") or "") and r[3] == (d["school_type"] or "")
        if d["status"] != "error" and r[5] != "geen OPP":
            must = [e["status"] for e in d["elements"] if e["required"]]
            assert [int(r[6]), int(r[7]), int(r[8])] == [must.count(s) for s in ("missing", "incomplete", "unclear")]
    assert next(r for r in rows if r[1] == "school-b/018-po-swv-numbered.txt")[2] == "CBS De Fontein, Hengelo"


def test_html_overview_details_totals_and_nothing_from_outside(page, results):
    out, _ = page
    html = out.read_text("utf-8")
    from lxml import html as lhtml

    tree = lhtml.fromstring(html)
    anchors = tree.xpath('//table[@id="overview"]//a/@href')
    assert len(anchors) == len(results)
    for href in anchors:
        section = tree.get_element_by_id(href[1:])
        assert section.tag == "section"
    # Details: the gaps with what was seen and the question, not the whole form.
    first = tree.get_element_by_id(anchors[0][1:])
    assert first.xpath('.//ul[@class="gaps"]/li') and message("overview.question", "nl") in first.text_content()
    assert "Gespreksformulier" not in html
    # Totals per element under the table: one row per element of the rule set.
    assert len(tree.xpath('//table[@class="totals"]/tbody/tr')) == len(results[0]["elements"])
    # Self-contained: no address to load, and a policy that allows only this page's own style and script.
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", html)
    policy = tree.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')[0]
    assert "default-src 'none'" in policy
    for tag in ("style", "script"):
        body = tree.xpath(f"//{tag}")[0].text
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    assert ' style="' not in html and " onclick" not in html  # inline attributes would be blocked


def test_summary_on_stderr_when_results_go_to_a_file(page, folder):
    _, proc = page
    err = " ".join(proc.stderr.decode("utf-8").split())
    counts = {"documents": len(SUBSET) + 1}
    assert message("overview.summary_title", "nl", **counts) in err
    assert re.search(r"\d+ plannen: \d+ compleet, \d+ met ontbrekende of onvolledige verplichte onderdelen, "
                     r"\d+ alleen met onduidelijke; 2 geen OPP; 1 niet te lezen", err)
    assert "leeg.md: " + message("error.empty", "nl") in err
    assert proc.stdout == b""


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_html_overview_runs_its_script_in_chromium_under_its_own_policy(page, tmp_path):
    out, _ = page
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", out.as_uri()],
        capture_output=True, timeout=120)
    dom = proc.stdout.decode("utf-8")
    assert "</table>" in dom, proc.stderr.decode("utf-8", "replace")[-2000:]
    # The script ran (the policy let it): the controls are shown and the count is filled in.
    assert 'id="controls" class="controls" hidden' not in dom
    n = len(SUBSET) + 1
    assert message("overview.shown", "nl", shown=n, total=n) in dom
    assert table_rows(dom)[0] == table_rows(out.read_text("utf-8"))[0]


def test_workbook_rows_sheets_and_statuses(folder, results, page, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "overzicht.xlsx"
    proc = oppcheck(folder, "--no-ocr", "--output", out)
    assert proc.returncode == 2 and message("output.written_data", "nl", path=out) in proc.stderr.decode("utf-8")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Plannen", "Per onderdeel", "Niet te lezen"]
    plans = book["Plannen"]
    header = [c.value for c in plans[1]]
    assert header[:6] == ["Nr.", "Bestand", "School", "Schoolsoort", "Vastgesteld", "Oordeel"]
    titles = [e["title"] for e in results[0]["elements"]]
    assert header[-len(titles):] == titles
    assert plans.freeze_panes == "A2" and plans.auto_filter.ref == plans.dimensions
    assert plans.column_dimensions["B"].width > 10
    rows = [[c.value for c in r] for r in plans.iter_rows(min_row=2)]
    assert [r[1] for r in rows] == urgency_order(results, folder)
    assert [r[1] for r in rows] == [r[1] for r in table_rows(page[0].read_text("utf-8"))]
    dutch = {message(f"status.{s}", "nl") for s in ("present", "incomplete", "missing", "unclear", "not_applicable")}
    for r in rows:
        if r[5] != "niet te lezen":
            assert set(r[-len(titles):]) <= dutch
    totals = [[c.value for c in r] for r in book["Per onderdeel"].iter_rows(min_row=2, max_row=1 + len(titles))]
    assert [t[0] for t in totals] == titles
    errors = [[c.value for c in r] for r in book["Niet te lezen"].iter_rows(min_row=2)]
    assert errors == [["leeg.md", message("error.empty", "nl")]]


def test_workbook_in_english(folder, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "overview.xlsx"
    oppcheck(folder / "school-b", "--no-ocr", "--lang", "en", "--output", out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Plans", "Per element", "Unreadable"]
    values = {c.value for row in book["Plans"].iter_rows(min_row=2) for c in row}
    assert {"present", "missing"} & values and not {"in orde", "ontbreekt"} & values


def test_workbook_keeps_odd_file_names_as_text(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    from oppcheck.findings import DocumentResult, Report
    from oppcheck.report.overview_xlsx import render
    from oppcheck.ruleset import load_ruleset
    from oppcheck.settings import Settings

    report = Report(version="t", ruleset_name="default", ruleset_version="1")
    report.documents.append(DocumentResult(path="map/=SUM(1;2)\x07.pdf", status="error", error="-kapot"))
    out = tmp_path / "x.xlsx"
    out.write_bytes(render(report, load_ruleset("default"), Settings()))
    sheet = openpyxl.load_workbook(out)["Niet te lezen"]
    assert sheet["A2"].data_type == "s" and sheet["A2"].value == "=SUM(1;2)\ufffd.pdf"
    assert sheet["B2"].value == "-kapot"


def test_forms_one_per_plan_with_gaps_safe_names_never_over_an_input(tmp_path):
    plans = tmp_path / "plannen"
    (plans / "sub").mkdir(parents=True)
    shutil.copyfile(DEV / "013-sbo-swv-numbered.docx", plans / 'plan "Ülkü"; versie 2.docx')
    shutil.copyfile(DEV / "018-po-swv-numbered.txt", plans / "compleet.txt")  # complete: no form
    shutil.copyfile(DEV / "135-vo-not-opp.txt", plans / "nieuwsbrief.txt")  # no OPP: no form
    shutil.copyfile(DEV / "051-vo-letter.txt", plans / "a.md")
    shutil.copyfile(DEV / "047-vso-letter.odt", plans / "sub" / "a.odt")
    shutil.copyfile(DEV / "034-pro-label-value-export.txt", plans / "a-gesprek.md")  # the name a.md's form would get
    before = {p: p.read_bytes() for p in plans.rglob("*") if p.is_file()}
    proc = oppcheck(plans, "--forms", plans, "--forms-format", "md")
    assert proc.returncode == 1, proc.stderr
    made = sorted(p.name for p in plans.rglob("*") if p.is_file() and p not in before)
    assert made == ["a-gesprek-2.md", "a-gesprek-gesprek.md", "plan_Ulku_versie_2-gesprek.md", "sub_a-gesprek.md"]
    assert all(p.read_bytes() == data for p, data in before.items())  # no input touched
    assert message("overview.forms_written", "nl", n=4, folder=plans) in proc.stderr.decode("utf-8")
    docx = tmp_path / "formulieren"
    proc = oppcheck(plans / "sub" / "a.odt", plans / "compleet.txt", "--forms", docx)
    assert sorted(p.name for p in docx.iterdir()) == ["sub_a-gesprek.docx"]


def test_school_name_only_from_a_label_that_names_the_school(tmp_path):
    cases = {
        "School: SBO De Brug, Gouda\n": "SBO De Brug, Gouda",
        "| Naam school | Het Stedelijk College |\n|---|---|\n": "Het Stedelijk College",
        "Schoolsoort: vso\n": None,  # a type, not a name
        "School: [naam school]\n": None,  # a placeholder
        "Contactpersoon school: R. Vermeulen\n": None,
        "Wij verwachten dat hij na deze school naar het mbo gaat.\n": None,
    }
    for i, (line, expected) in enumerate(cases.items()):
        path = tmp_path / f"p{i}.md"
        path.write_text(f"# Ontwikkelingsperspectiefplan\n\n{line}\n## Doelen\n\nLezen op niveau M5.\n", "utf-8")
        doc = json.loads(oppcheck(path, "--format", "json").stdout)["documents"][0]
        assert doc["school"] == expected, line


def test_another_document_about_a_pupil_is_listed_as_no_opp_with_its_reason(tmp_path):
    """A meeting report in an adviser's folder stands with the documents that are no OPP, and its details
    say why (its title), not that it says nothing about a plan; the plan beside it is a plan."""
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "mdo.md").write_text(
        "# Verslag multidisciplinair overleg (MDO)\n\n| Leerling | Jesse Kuipers |\n|---|---|\n\n"
        "## Wat gaat goed\nJesse is behulpzaam.\n\n## Afspraken\nDe orthopedagoog adviseert korte instructies; "
        "het OPP wordt daarna bijgesteld.\n",
        "utf-8",
    )
    shutil.copyfile(DEV / "018-po-swv-numbered.txt", folder / "plan.txt")
    out = tmp_path / "overzicht.html"
    oppcheck(folder, "--no-ocr", "--output", out)
    html = out.read_text("utf-8")
    verdicts = {r[1]: r[5] for r in table_rows(html)}
    assert verdicts["mdo.md"] == "geen OPP"
    assert verdicts["plan.txt"] != "geen OPP"
    assert "ander soort stuk" in html and "Verslag multidisciplinair overleg (MDO)" in html


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
         f"--user-data-dir={tmp_path / 'profile'}", *args], capture_output=True, timeout=120)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_html_overview_sorts_and_filters_in_chromium(page, tmp_path):
    out, _ = page
    from lxml import html as lhtml

    dom = _chromium(tmp_path, "--dump-dom", out.as_uri() + "?sort=path&dir=desc").stdout.decode("utf-8")
    paths = [r[1] for r in table_rows(dom)]
    assert paths == sorted(paths, key=str.casefold, reverse=True) and len(paths) == len(SUBSET) + 1
    dom = _chromium(tmp_path, "--dump-dom", out.as_uri() + "?verdict=not_opp").stdout.decode("utf-8")
    shown = [tr for tr in lhtml.fromstring(dom).xpath('//table[@id="overview"]/tbody/tr') if tr.get("hidden") is None]
    assert sorted(tr.findall("td")[1].text_content() for tr in shown) == ["133-po-not-opp.pdf", "135-vo-not-opp.txt"]
    dom = _chromium(tmp_path, "--dump-dom", out.as_uri() + "?q=fontein").stdout.decode("utf-8")
    shown = [tr for tr in lhtml.fromstring(dom).xpath('//table[@id="overview"]/tbody/tr') if tr.get("hidden") is None]
    assert [tr.findall("td")[2].text_content() for tr in shown] == ["CBS De Fontein, Hengelo"]


@pytest.mark.skipif(CHROMIUM is None or shutil.which("pdftotext") is None, reason="Chromium or pdftotext missing")
def test_html_overview_prints_every_column_without_the_controls(page, tmp_path):
    out, _ = page
    pdf = tmp_path / "overzicht.pdf"
    _chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", out.as_uri())
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True).stdout.decode()
    words = " ".join(first.split())
    for column in ("Nr.", "Bestand", "School", "Schoolsoort", "Vastgesteld", "Oordeel", "Ontbreekt", "Onvolledig",
                   "Onduidelijk", "Instemming", "ouders", "Gescand"):  # a heading may wrap onto two lines
        assert column in words
    assert message("overview.filter", "nl") not in words and message("overview.sort_hint", "nl") not in words
    everything = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True).stdout.decode()
    assert message("overview.details_title", "nl") in " ".join(everything.split())
