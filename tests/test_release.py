"""A school can install a release: one version source, every install example pinned to that version
from the one repository address, a changelog entry, a package that builds and passes `twine check`,
and the example template repository's workflow commands passing with the package as built."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest
import yaml

import oppcheck

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "school-template-repo"


def _sync():
    spec = importlib.util.spec_from_file_location("sync_release", ROOT / "tools" / "sync_release.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_one_version_source():
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "version" not in pyproject["project"] and "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "oppcheck.__version__"}
    assert _sync().version() == oppcheck.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+", oppcheck.__version__)


def test_changelog_has_the_version():
    changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")
    assert re.search(rf"(?m)^## {re.escape(oppcheck.__version__)}\b", changelog)


def test_every_install_example_names_the_repository_and_this_version():
    sync = _sync()
    url, tag = sync.repository(), "v" + oppcheck.__version__
    assert url.startswith("https://")
    assert sync.out_of_date() == {}, "run: python tools/sync_release.py"
    steps = yaml.safe_load((EXAMPLE / ".github" / "workflows" / "oppcheck.yml").read_text("utf-8"))["jobs"]
    installs = [s["run"] for s in steps["template"]["steps"] if "pip install" in s.get("run", "")]
    gitlab = yaml.safe_load((EXAMPLE / ".gitlab-ci.yml").read_text("utf-8"))["oppcheck"]["script"]
    installs += [line for line in gitlab if "pip install" in line]
    assert len(installs) == 2
    for line in installs:
        assert f'"oppcheck @ git+{url}@{tag}"' in line
    hooks = yaml.safe_load((EXAMPLE / ".pre-commit-config.yaml").read_text("utf-8"))["repos"]
    assert [(h["repo"], h["rev"]) for h in hooks] == [(url, tag)]
    readme = (ROOT / "README.md").read_text("utf-8")
    assert f"git+{url}@{tag}" in readme and f"- repo: {url}\n  rev: {tag}" in readme
    assert "example.invalid" not in readme + (EXAMPLE / ".pre-commit-config.yaml").read_text("utf-8")


def test_sync_rewrites_an_old_version_and_address():
    sync = _sync()
    old = ('run: pip install "oppcheck @ git+https://example.org/old@v0.0.9"\n'
           "  - repo: https://example.org/old\n    rev: v0.0.9\n")
    new = sync.synced(old, "https://example.com/new", "v9.9.9")
    assert new == ('run: pip install "oppcheck @ git+https://example.com/new@v9.9.9"\n'
                   "  - repo: https://example.com/new\n    rev: v9.9.9\n")


def _tool(name: str) -> None:
    if importlib.util.find_spec(name) is None:
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """The sdist and the wheel, built from this checkout without network (the build backend installed)."""
    _tool("build")
    _tool("setuptools")
    out = tmp_path_factory.mktemp("dist")
    source = tmp_path_factory.mktemp("src") / "oppcheck"
    # A clean copy of the checkout's files (tracked, or new and not ignored), without .venv or caches.
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True)
    if listed.returncode != 0:
        pytest.skip("not a git checkout: the files of the package cannot be listed")
    for name in filter(None, listed.stdout.decode("utf-8").split("\0")):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    proc = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(source)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return out


def test_build_and_twine_check(dist):
    _tool("twine")
    names = sorted(p.name for p in dist.iterdir())
    version = oppcheck.__version__
    assert names == [f"oppcheck-{version}-py3-none-any.whl", f"oppcheck-{version}.tar.gz"]
    proc = subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *map(str, dist.iterdir())],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.count("PASSED") == 2, proc.stdout + proc.stderr


def _workflow_commands() -> list[str]:
    """The oppcheck invocations of the example's GitHub and GitLab workflows, as written there."""
    steps = yaml.safe_load((EXAMPLE / ".github" / "workflows" / "oppcheck.yml").read_text("utf-8"))
    commands = [s["run"] for s in steps["jobs"]["template"]["steps"] if s.get("run", "").startswith("oppcheck")]
    script = yaml.safe_load((EXAMPLE / ".gitlab-ci.yml").read_text("utf-8"))["oppcheck"]["script"]
    return commands + [line for line in script if line.startswith("oppcheck")]


def test_example_workflows_pass_with_the_built_package(dist, tmp_path):
    """Install the wheel into a fresh environment (its dependencies from this one, no network), copy
    the example repository to a clean folder, and run every oppcheck command of its workflows there."""
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    wheel = next(dist.glob("*.whl"))
    proc = subprocess.run([sys.executable, "-m", "pip", "--python", str(bindir / "python"), "install", "--no-deps",
                           "--no-index", "--quiet", str(wheel)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    deps = [p for p in sys.path if p.endswith("site-packages")]  # click, rich, ... of this environment
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}", "PYTHONPATH": os.pathsep.join(deps)}
    where = subprocess.run([str(bindir / "python"), "-c", "import oppcheck; print(oppcheck.__file__)"],
                           env=env, capture_output=True, text=True, cwd=tmp_path)
    assert where.stdout.startswith(str(env_dir)), where.stdout + where.stderr  # the installed copy, not this one
    repo = tmp_path / "school"
    shutil.copytree(EXAMPLE, repo)
    commands = _workflow_commands()
    assert len(commands) >= 4
    for command in commands:
        result = subprocess.run(["bash", "-ec", command], cwd=repo, env=env, capture_output=True, text=True,
                                timeout=300)
        assert result.returncode == 0, f"{command}\n{result.stdout}{result.stderr}"
        assert "Traceback" not in result.stderr
    version = subprocess.run([str(bindir / "oppcheck"), "--version"], env=env, capture_output=True, text=True)
    assert version.stdout.strip() == f"oppcheck, version {oppcheck.__version__}"


def test_project_ci_lints_tests_every_supported_python_and_builds():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text("utf-8"))
    jobs = workflow["jobs"]
    runs = {name: " ".join(s.get("run", "") for s in job["steps"]) for name, job in jobs.items()}
    assert "ruff check ." in runs["lint"]
    assert jobs["test"]["strategy"]["matrix"]["python-version"] == ["3.10", "3.11", "3.12", "3.13"]
    assert "pip install -e '.[test]'" in runs["test"] and "python -m pytest" in runs["test"]
    assert "python -m build" in runs["build"] and "twine check" in runs["build"]
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    assert 'requires-python = ">=3.10"' in pyproject
