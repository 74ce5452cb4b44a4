"""Write the repository address and the version into every place a school copies an install from.

The one source: `[project.urls] Repository` in pyproject.toml and `__version__` in oppcheck/__init__.py.
The CI and pre-commit examples and the README must name a release literally (YAML and Markdown cannot
refer to pyproject.toml), so this script rewrites them; tests/test_release.py fails when it would
change anything. Run it after changing the version or the address:

    python tools/sync_release.py          # rewrite the files
    python tools/sync_release.py --check  # exit 1 and name the files that are out of date
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FILES = ("README.md", "examples/school-template-repo/README.md",
         "examples/school-template-repo/.github/workflows/oppcheck.yml",
         "examples/school-template-repo/.gitlab-ci.yml", "examples/school-template-repo/.pre-commit-config.yaml")
_INSTALL = re.compile(r"git\+https?://[^\s\"'@]+@v[0-9][\w.+-]*")
_HOOK_REPO = re.compile(r"(?m)^(\s*-\s*repo:\s*)(https?://\S+)")
_HOOK_REV = re.compile(r"(?m)^(\s*rev:\s*)v[0-9][\w.+-]*")


def repository() -> str:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return data["project"]["urls"]["Repository"]


def version() -> str:
    tree = ast.parse((ROOT / "oppcheck" / "__init__.py").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__version__" for t in node.targets):
            return node.value.value
    raise SystemExit("no __version__ in oppcheck/__init__.py")


def synced(text: str, url: str, tag: str) -> str:
    """`text` with every install line and pre-commit entry pointing at `url` and `tag`."""
    text = _INSTALL.sub(f"git+{url}@{tag}", text)
    if "rev:" in text:
        text = _HOOK_REPO.sub(lambda m: m.group(1) + url, text)
        text = _HOOK_REV.sub(lambda m: m.group(1) + tag, text)
    return text


def out_of_date() -> dict[Path, str]:
    """The files whose text would change, with their new text."""
    url, tag = repository(), "v" + version()
    changed = {}
    for name in FILES:
        path = ROOT / name
        old = path.read_text("utf-8")
        new = synced(old, url, tag)
        if new != old:
            changed[path] = new
    return changed


def main(argv: list[str]) -> int:
    changed = out_of_date()
    if "--check" in argv:
        for path in changed:
            print(f"out of date: {path.relative_to(ROOT)} (run python tools/sync_release.py)")
        return 1 if changed else 0
    for path, text in changed.items():
        path.write_text(text, "utf-8")
        print(f"updated {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
