"""What oppcheck says about the law fits the plan in front of it (law-check.md): the citation of the
plan's school type, the adult pupil, revisions, the pupil's influence, and the six weeks of the
Geschillencommissie as guidance, never as a verdict."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from oppcheck.check import check_document
from oppcheck.cli import main
from oppcheck.extract import read_document
from oppcheck.findings import DocumentResult, ElementResult, Report
from oppcheck.report.form_content import build_form, build_letter, letter_body
from oppcheck.ruleset import load_ruleset

STATUTE = {  # the law each school type's citations name, and the laws they must not name
    "po": ("WPO", ("WEC", "WVO")), "sbo": ("WPO", ("WEC", "WVO")),
    "so": ("WEC", ("WPO art.", "WVO", "Besluit bekostiging")),
    "vso": ("WEC", ("WPO art.", "WVO", "Besluit bekostiging")),
    "vo": ("WVO 2020", ("WPO", "WEC")), "pro": ("WVO 2020", ("WPO", "WEC")),
}
NOT_STATUTE = {"ondersteuningsbehoefte": "Geschillencommissie", "doelen": "Inspectie"}
EXACT = [
    ("vo", "instemming_ouders", "WVO 2020 art. 2.44 lid 2"),
    ("vo", "inbreng_leerling", "WVO 2020 art. 2.44 lid 5-7"),
    ("vo", "evaluatie", "WVO 2020 art. 2.44 lid 3"),
    ("pro", "uitstroombestemming",
     "Uitvoeringsbesluit WVO 2020 art. 2.49 lid 1: het OPP noemt het verwachte vervolgonderwijs en de soort arbeid"),
    ("po", "informatie_rechten", "WPO art. 40a lid 2 (instemmingsrecht) en art. 43"),
    ("vso", "informatie_rechten", "WEC art. 41a lid 2 (instemmingsrecht) en art. 45"),
    ("so", "uitstroombestemming", "Onderwijskundig besluit WEC art. 4 lid 1"),
    ("vso", "uitstroombestemming", "Onderwijskundig besluit WEC art. 5 lid 1"),
    ("sbo", "belemmerende_factoren", "Besluit bekostiging WPO art. 34.7 lid 2"),
    ("so", "afwijkingen_onderwijsprogramma", "WEC art. 13"),
    ("vso", "adviezen_professionals", "commissie voor de begeleiding"),
    ("po", "adviezen_professionals", "Geschillencommissie passend onderwijs 108203"),
]

SECTIONS = {
    "uitstroom": "## Uitstroombestemming\nWij verwachten dat Sem uitstroomt naar vmbo-kader.",
    "onderbouwing": "## Onderbouwing\nDit baseren we op de toetsgegevens van twee jaar en het intelligentieonderzoek.",
    "belemmerend": "## Belemmerende factoren\nSem raakt snel afgeleid en heeft moeite met begrijpend lezen.",
    "bevorderend": "## Bevorderende factoren\nSem is gemotiveerd, werkt graag samen en heeft steun van thuis.",
    "behoefte": "## Ondersteuningsbehoefte\nSem heeft behoefte aan korte instructies en een rustige werkplek.",
    "ondersteuning": "## Te bieden ondersteuning\nSem krijgt twee keer per week 30 minuten leeshulp van de RT'er.",
    "afwijkingen": "## Afwijkingen van het onderwijsprogramma\nGeen afwijkingen.",
    "doelen": "## Doelen\nEind januari 2026 leest Sem een tekst op AVI-E5 met hooguit drie fouten.",
    "adviezen": "## Adviezen van deskundigen\nDe orthopedagoog adviseert korte instructies; de school neemt dit over.",
    "oogo": "## Overleg met ouders\nHet plan is op 15 september 2025 besproken met moeder en vader.",
    "inbreng": "## Inbreng van de leerling\nSem vertelde dat hij graag met een koptelefoon werkt. "
               "Daarom heeft hij een stilteplek gekregen.",
    "evaluatie": "## Evaluatie\nWe evalueren het plan in februari en juni 2026 met u en Sem.",
    "rechten": "## Uw rechten\nOuders hebben instemmingsrecht op het handelingsdeel. Bent u het niet eens, dan kunt u "
               "terecht bij een onderwijsconsulent of bij de Geschillencommissie passend onderwijs.",
    "vaststelling": "## Vaststelling\nVastgesteld door de directeur op {date}.",
    "instemming": "## Instemming met het handelingsdeel\nOuders gaan akkoord met het handelingsdeel.\n\n"
                  "Handtekening ouder: w.g. P. Jansen\n\nDatum: {date}",
}


def plan_text(date: str = "22-09-2025", drop: tuple[str, ...] = (), replace: dict | None = None,
              extra: str = "") -> str:
    parts = {**SECTIONS, **(replace or {})}
    body = [text.format(date=date) for key, text in parts.items() if key not in drop]
    return "# Ontwikkelingsperspectiefplan (OPP)\n\n" + "\n\n".join(body) + ("\n\n" + extra if extra else "") + "\n"


def write(tmp_path: Path, text: str, name: str = "plan.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.output


def json_doc(path: Path, *args: str) -> dict:
    return json.loads(run(str(path), "-f", "json", *args))["documents"][0]


def elements(path: Path, *args: str) -> dict[str, dict]:
    return {e["id"]: e for e in json_doc(path, *args)["elements"]}


# ---------------------------------------------------------------- citations per school type


@pytest.fixture(scope="module")
def gappy_plan(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("law")
    return write(folder, plan_text(drop=("inbreng", "rechten", "adviezen", "evaluatie", "instemming")))


@pytest.mark.parametrize("school_type", list(STATUTE))
def test_every_citation_names_the_law_of_the_school_type(gappy_plan, school_type):
    ruleset = load_ruleset()
    law, others = STATUTE[school_type]
    found = elements(gappy_plan, "--type", school_type)
    assert set(found) == {r.id for r in ruleset.rules}
    for rule in ruleset.rules:
        cited = found[rule.id]["law"]
        assert cited == rule.law_for(school_type, "nl")
        if rule.id in NOT_STATUTE:
            assert NOT_STATUTE[rule.id] in cited
            continue
        if rule.id == "adviezen_professionals" and school_type in ("po", "sbo", "vo", "pro"):
            assert "Geschillencommissie passend onderwijs 108203" in cited and "WEC" not in cited
            continue
        if rule.applies_to and school_type not in rule.applies_to:
            continue  # not asked of this school type: its general citation is never shown as a gap
        assert law in cited, (rule.id, cited)
        assert not any(other in cited for other in others), (rule.id, cited)


@pytest.mark.parametrize("school_type, element, citation", EXACT)
def test_the_article_for_the_school_type(gappy_plan, school_type, element, citation):
    assert citation in elements(gappy_plan, "--type", school_type)[element]["law"]


def test_unknown_school_type_names_all_three_laws(gappy_plan):
    found = elements(gappy_plan)
    assert json_doc(gappy_plan)["school_type"] is None
    for element in ("uitstroombestemming", "instemming_ouders", "inbreng_leerling", "evaluatie", "oogo"):
        law = found[element]["law"]
        assert "WPO" in law and "WEC" in law and "WVO 2020 art. 2." in law, law


def test_letter_to_a_vo_school_cites_only_wvo(gappy_plan, tmp_path):
    letter = tmp_path / "brief.txt"
    run(str(gappy_plan), "--type", "vo", "--letter", str(letter))
    text = letter.read_text("utf-8")
    bases = [line.split("Grondslag: ", 1)[1] for line in text.splitlines() if "Grondslag: " in line]
    assert len(bases) >= 5
    assert "WVO 2020 art. 2.44 lid 2" in text and "WVO 2020 art. 2.44 lid 5-7" in text
    assert not any("WPO" in b or "WEC" in b for b in bases), bases


def test_rules_command_shows_citations_per_school_type():
    listing = run("rules")
    assert "vo, pro: WVO 2020 art. 2.44 lid 2" in listing and "so, vso: WEC art. 41a lid 2" in listing
    assert "vso: Onderwijskundig besluit WEC art. 5 lid 1" in listing
    vo = run("rules", "--type", "vo")
    assert "WVO 2020 art. 2.44 lid 2" in vo and "WPO art. 40a" not in vo and "WEC art. 41a" not in vo
    assert "vervangende_onderwijsdoelen" not in vo  # not asked in vo
    assert "WEC art. 41a lid 2 (instemmingsrecht) en art. 45" in run("rules", "--type", "vso")


# ---------------------------------------------------------------- adult pupil, revision, influence

CURATELE = "De leerling is meerderjarig (19 jaar). Zij staat onder curatele; haar moeder is curator."
PUPIL_SIGNS = ("## Instemming\n[x] Ik ga akkoord met het handelingsdeel.\n\n"
               "Handtekening leerling: w.g. T. Visser   Datum: {date}")


@pytest.mark.parametrize("about, consent, heard", [
    ("De leerling is meerderjarig (19 jaar).", "present", "not_applicable"),
    (CURATELE, "incomplete", "missing"),
    ("De leerling is meerderjarig. Voor deze beslissingen wordt zij vertegenwoordigd door haar mentor "
     "(mentorschap).", "incomplete", "missing"),
])
def test_adult_vso_pupil_consents_alone_only_when_nobody_represents_him(tmp_path, about, consent, heard):
    text = plan_text(date="01-11-2025", drop=("inbreng",), replace={"instemming": PUPIL_SIGNS}, extra=about)
    found = elements(write(tmp_path, text), "--type", "vso")
    assert found["instemming_ouders"]["status"] == consent
    assert found["inbreng_leerling"]["status"] == heard
    if heard == "not_applicable":
        assert "meerderjarig" in found["inbreng_leerling"]["message"]


def test_hoorrecht_counts_from_the_latest_revision(tmp_path):
    before = plan_text(date="12-03-2025", drop=("inbreng",))
    revised = before.replace("## Evaluatie\n", "Bijgesteld op 20-10-2025 na de evaluatie.\n\n## Evaluatie\n")
    old = json_doc(write(tmp_path, before, "voor.md"), "--type", "po")
    new = json_doc(write(tmp_path, revised, "bijgesteld.md"), "--type", "po")
    assert {e["id"]: e["status"] for e in old["elements"]}["inbreng_leerling"] == "not_applicable"
    assert {e["id"]: e["status"] for e in new["elements"]}["inbreng_leerling"] == "missing"
    assert (old["vaststelling"], old["bijstelling"]) == ("2025-03-12", None)
    assert (new["vaststelling"], new["bijstelling"]) == ("2025-03-12", "2025-10-20")


def test_a_meeting_draft_or_validity_date_is_never_the_plan_date(tmp_path):
    text = plan_text(drop=("vaststelling",), extra="Datum bespreking: 01-09-2025\n\nConceptversie van 03-09-2025\n\n"
                                                   "Geldig van 01-10-2025 tot 01-10-2026")
    doc = json_doc(write(tmp_path, text), "--type", "po")
    assert doc["vaststelling"] is None


def test_pupil_input_needs_what_it_changed(tmp_path):
    view_only = {"inbreng": "## Inbreng van de leerling\nSem vertelde dat hij graag met een koptelefoon werkt."}
    found = elements(write(tmp_path, plan_text(replace=view_only)), "--type", "po")["inbreng_leerling"]
    assert found["status"] == "incomplete"
    assert "Er staat wat de leerling vindt" in found["message"] and "niet wat de school ermee deed" in found["message"]
    assert elements(write(tmp_path, plan_text(), "heel.md"), "--type", "po")["inbreng_leerling"]["status"] == "present"
    en = elements(write(tmp_path, plan_text(replace=view_only), "en.md"), "--type", "po", "--lang", "en")
    assert "not what the school did with it" in en["inbreng_leerling"]["message"]


# ---------------------------------------------------------------- the six weeks: guidance, not a verdict


def form_section(path: Path, today: dt.date, lang: str = "nl"):
    result = check_document(read_document(str(path)), load_ruleset())
    report = Report(version="0", ruleset_name="default", ruleset_version="1", lang=lang, documents=[result])
    return build_form(report, today=today).sections[0]


def test_deadline_for_a_recent_plan(tmp_path):
    section = form_section(write(tmp_path, plan_text(date="22-09-2025")), dt.date(2025, 10, 1))
    assert ("binnen zes weken na het besluit van de school (rond 3 november 2025)" in section.deadline
            and "vastgesteld op 22 september 2025" in section.deadline)
    assert "tot en met" not in section.deadline
    assert "voorbij" not in section.deadline and not any("voorbij" in a for a in section.advice)
    assert any("al ondertekend" in a for a in section.advice)  # the plan was signed: what the parent can still ask


def test_deadline_for_an_old_plan_says_what_a_parent_can_still_do(tmp_path):
    section = form_section(write(tmp_path, plan_text(date="20-09-2023")), dt.date(2025, 10, 1))
    assert "(rond 1 november 2023)" in section.deadline
    assert "Die zes weken zijn waarschijnlijk voorbij. U kunt toch nog iets doen" in section.deadline
    advice = "\n".join(section.advice)
    assert "nieuw gesprek" in advice and "bijstelling" in advice  # a new OOGO or a revision
    assert "Leg dan uit waarom u later bent" in advice and "onderwijsconsulent" in advice
    assert "meer dan een schooljaar geleden" in advice  # evaluation overdue: ask for it


def test_no_deadline_date_while_consent_is_missing(tmp_path):
    seen = {"instemming": "## Ondertekening\nVoor gezien, ouder(s): w.g. P. Jansen   Datum: {date}"}
    section = form_section(write(tmp_path, plan_text(date="22-09-2025", replace=seen)), dt.date(2025, 10, 1))
    assert "Zonder uw instemming kan de school dat deel nog niet vaststellen" in section.deadline
    assert "begeleiding blijven geven" in section.deadline
    assert "november" not in section.deadline and "rond" not in section.deadline


def test_refused_consent_has_its_own_advice_in_form_and_letter(tmp_path):
    refused = {"instemming": "## Instemming\nOuders gaan niet akkoord met het handelingsdeel.\n\n"
                             "Handtekening ouder: w.g. P. Jansen   Datum: {date}"}
    path = write(tmp_path, plan_text(replace=refused))
    section = form_section(path, dt.date(2025, 10, 1))
    assert any("geen instemming is met het handelingsdeel" in a and "begeleiding geven" in a for a in section.advice)
    letter = tmp_path / "brief.txt"
    run(str(path), "--letter", str(letter))
    assert "Ik heb (nog) niet ingestemd met het handelingsdeel" in letter.read_text("utf-8")


def test_form_on_disk_for_an_old_plan(tmp_path):
    form = tmp_path / "gesprek.md"
    run(str(write(tmp_path, plan_text(date="20-09-2023"))), "--output", str(form))
    text = form.read_text("utf-8")
    assert "(rond 1 november 2023)" in text and "Die zes weken zijn waarschijnlijk voorbij" in text
    assert "tot en met" not in text


# ---------------------------------------------------------------- the letter's wording and situations


def test_letter_says_what_the_parent_could_not_find_and_asks(gappy_plan, tmp_path):
    letter = tmp_path / "brief.txt"
    run(str(gappy_plan), "--letter", str(letter))
    text = letter.read_text("utf-8")
    assert "Deze onderdelen vraagt de wet, in het plan of in de manier waarop het plan tot stand komt" in text
    assert "wettelijk verplicht" not in text and "moet de school" not in text
    assert "- Inbreng van de leerling (hoorrecht): niet gevonden. Grondslag: WPO" in text
    assert "- Informatie voor ouders over hun rechten: niet gevonden." in text  # not 'uw rechten'
    assert "Wilt u mij laten weten waar ik deze onderdelen kan vinden" in text


def test_signed_plan_letter_asks_to_discuss_again_not_before_signing(tmp_path):
    path = write(tmp_path, plan_text(drop=("evaluatie",)))
    letter = tmp_path / "brief.txt"
    run(str(path), "--letter", str(letter))
    text = letter.read_text("utf-8")
    assert "Ik heb het handelingsdeel al ondertekend" in text and "opnieuw met mij bespreken" in text
    assert "voordat ik het plan onderteken" not in text


def test_not_an_opp_letter_asks_for_the_plan_itself(tmp_path):
    path = write(tmp_path, "# Nieuwsbrief oktober\n\nVolgende week is de herfstvakantie. Neem de gymspullen mee.\n")
    letter = tmp_path / "brief.txt"
    run(str(path), "--letter", str(letter))
    text = letter.read_text("utf-8")
    assert "lijkt geen ontwikkelingsperspectiefplan (OPP) te zijn" in text and "\n- " not in text
    form = form_section(path, dt.date(2025, 10, 1))
    assert any("Vraag de school om het ontwikkelingsperspectiefplan zelf" in a for a in form.advice)


def test_another_document_about_the_child_gets_its_own_advice_and_a_letter_asking_for_the_plan(tmp_path):
    """A meeting report is no plan: the form says it looks like another kind of document about the child
    (not that it says nothing about a plan), and the letter asks for the OPP itself, listing no gaps."""
    path = write(tmp_path, (
        "# Verslag multidisciplinair overleg (MDO)\n\nNaam leerling: Jesse Kuipers\n\n"
        "## Wat gaat goed\nJesse is behulpzaam.\n\n## Afspraken\nDe orthopedagoog adviseert korte instructies; "
        "het OPP wordt daarna bijgesteld.\n"
    ))
    form = form_section(path, dt.date(2025, 10, 1))
    assert any("ander soort stuk over uw kind" in a for a in form.advice)
    assert not any("er staat niets in over een ontwikkelingsperspectief" in a for a in form.advice)
    letter = tmp_path / "brief.txt"
    run(str(path), "--letter", str(letter))
    text = letter.read_text("utf-8")
    assert "een ander stuk over [naam kind]" in text and "Wilt u mij het OPP van [naam kind] sturen?" in text
    assert "\n- " not in text


def test_unreadable_scan_pages_in_form_and_letter():
    ruleset = load_ruleset()
    consent = ElementResult(id="instemming_ouders", status="unclear", required=True, title="Instemming",
                            message="", reason="unread_pages")
    doc = DocumentResult(path="scan.pdf", elements=[consent], unread_pages=[2, 3], vaststelling="2025-09-22")
    report = Report(version="0", ruleset_name="default", ruleset_version="1", documents=[doc])
    section = build_form(report, today=dt.date(2025, 10, 1)).sections[0]
    assert any("Pagina 2, 3 is een scan" in a for a in section.advice)
    letter = build_letter(report, today=dt.date(2025, 10, 1))
    body = "\n".join(text for text, _ in letter_body(letter.t, letter.parts[0]))
    assert "(pagina 2, 3) kon ik niet goed lezen" in body
    assert ruleset  # the rule set loads with the new fields


def test_revision_has_its_own_advice(tmp_path):
    text = plan_text(date="12-03-2025").replace("## Evaluatie\n", "Bijgesteld op 20-10-2025.\n\n## Evaluatie\n")
    section = form_section(write(tmp_path, text), dt.date(2025, 11, 1))
    assert "Dit plan is bijgesteld op 20 oktober 2025" in section.deadline
    assert "(rond 1 december 2025)" in section.deadline
    assert any("Dit is een bijgesteld plan (bijgesteld op 20 oktober 2025)" in a and "ook uw kind gehoord" in a
               for a in section.advice)
