"""Configuration: [tool.oppcheck] in pyproject.toml or oppcheck.yaml / .oppcheck.yaml, found from the current
folder upward; command-line options win; `oppcheck config` says where each value came from."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from oppcheck.cli import main
from oppcheck.config import find_config, resolve
from oppcheck.errors import OppcheckError


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder with a subfolder; the working directory is the subfolder."""
    sub = tmp_path / "sjablonen" / "2026"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    return tmp_path


def test_pyproject_found_from_a_subfolder(project):
    (project / "pyproject.toml").write_text('[tool.oppcheck]\nruleset = "regels/swv.yaml"\ntemplate = true\n'
                                            'type = "vo"\nignore = ["doelen"]\nlang = "en"\n', encoding="utf-8")
    settings = resolve({})
    assert settings.ruleset == str(project / "regels" / "swv.yaml")  # relative to the file, not the cwd
    assert (settings.template, settings.school_type, settings.ignore, settings.lang) == (True, "vo", ["doelen"], "en")
    assert settings.sources["template"] == str(project / "pyproject.toml")


def test_pyproject_without_section_is_skipped(project):
    (project / "sjablonen" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (project / "oppcheck.yaml").write_text("select: uitstroombestemming, onderbouwing\n", encoding="utf-8")
    path, data = find_config()
    assert path == str(project / "oppcheck.yaml")  # the nearer pyproject.toml has no [tool.oppcheck]
    assert resolve({}).select == ["uitstroombestemming", "onderbouwing"]


def test_nearest_file_wins_and_dot_file_is_read(project):
    (project / "oppcheck.yaml").write_text("type: po\n", encoding="utf-8")
    (project / "sjablonen" / ".oppcheck.yaml").write_text("type: so\n", encoding="utf-8")
    assert resolve({}).school_type == "so"


def test_command_line_wins(project):
    (project / "oppcheck.yaml").write_text("type: po\nlang: en\nruleset: default\n", encoding="utf-8")
    settings = resolve({"school_type": "vso", "lang": None, "select": "doelen,oogo", "template": True})
    assert (settings.school_type, settings.lang, settings.template) == ("vso", "en", True)
    assert settings.select == ["doelen", "oogo"]
    assert settings.sources["school_type"] == "command line"
    assert settings.sources["lang"] == str(project / "oppcheck.yaml")


def test_no_configuration_is_fine(project):
    settings = resolve({})
    if find_config() is None:  # nothing above tmp_path either
        assert settings.ruleset == "default" and settings.sources == {}


@pytest.mark.parametrize("text, problem", [
    ("colour: red\n", "unknown setting 'colour'"),
    ("type: basisschool\n", "type must be one of"),
    ("lang: de\n", "lang must be one of"),
    ("template: ja\n", "template must be true or false"),
    ("ignore: [1, 2]\n", "ignore must be a list of element ids"),
    ("jobs: true\n", "jobs must be a whole number"),
    ("- a\n- b\n", "not a table of settings"),
    ("type: [po\n", ""),
])
def test_invalid_configuration_names_file_and_problem(project, text, problem):
    (project / "oppcheck.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(OppcheckError) as err:
        resolve({})
    sentence = err.value.sentence("nl")
    assert str(project / "oppcheck.yaml") in sentence and problem in sentence


def test_broken_pyproject_is_reported_not_a_traceback(project):
    (project / "pyproject.toml").write_text("[tool.oppcheck\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["config"])
    assert result.exit_code == 2
    assert "pyproject.toml" in result.output and "Traceback" not in result.output


def test_config_command_shows_values_and_sources(project):
    (project / "pyproject.toml").write_text('[tool.oppcheck]\ntemplate = true\nruleset = "swv.yaml"\n',
                                            encoding="utf-8")
    result = CliRunner().invoke(main, ["config"])
    assert result.exit_code == 0
    lines = {line.split(" = ")[0]: line for line in result.output.splitlines()}
    assert lines["template"] == f"template = True    # {project / 'pyproject.toml'}"
    assert lines["ruleset"].startswith(f"ruleset = '{project / 'swv.yaml'}'")
    assert lines["lang"] == "lang = 'nl'    # default"


def test_config_option_names_a_file(project, tmp_path):
    other = tmp_path / "elders.yaml"
    other.write_text("lang: en\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["config", "--config", str(other)])
    assert f"lang = 'en'    # {other}" in result.output
    missing = CliRunner().invoke(main, ["config", "--config", str(tmp_path / "weg.yaml")])
    assert missing.exit_code == 2 and "weg.yaml" in missing.output
