"""Configuration: `[tool.oppcheck]` in pyproject.toml, or oppcheck.yaml / .oppcheck.yaml, found from
the current folder upward. Command-line options win over the file, the file over the defaults."""

from __future__ import annotations

import os
from dataclasses import fields

from .errors import OppcheckError
from .settings import SCHOOL_TYPES, Settings

CONFIG_NAMES = ("oppcheck.yaml", ".oppcheck.yaml", "pyproject.toml")
# Names accepted in a configuration file (dashes or underscores) -> Settings field.
KEYS = {
    "ruleset": "ruleset",
    "rules": "ruleset",
    "select": "select",
    "ignore": "ignore",
    "type": "school_type",
    "school_type": "school_type",
    "lang": "lang",
    "language": "lang",
    "template": "template",
    "jobs": "jobs",
    "timeout": "timeout",
    "max_memory": "max_memory_mb",
    "max_size": "max_size_mb",
    "redact": "redact",
    "ocr": "ocr",
    "csv_delimiter": "csv_delimiter",
}
# Command-line option name -> Settings field (when they differ).
OPTIONS = {"max_memory": "max_memory_mb", "max_size": "max_size_mb", "no_ocr": "ocr"}


def find_config(start: str | None = None) -> tuple[str, dict] | None:
    """The first configuration found from `start` (default: the current folder) upward."""
    folder = os.path.abspath(start or os.getcwd())
    while True:
        for name in CONFIG_NAMES:
            path = os.path.join(folder, name)
            if os.path.isfile(path):
                data = load_config(path)
                if data is not None:
                    return path, data
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def load_config(path: str) -> dict | None:
    """The oppcheck settings in one file; None for a pyproject.toml without a [tool.oppcheck] section."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise OppcheckError("config_unreadable", file=path) from exc
    try:
        if path.endswith(".toml"):
            try:
                import tomllib
            except ModuleNotFoundError:  # Python 3.10
                import tomli as tomllib
            data = tomllib.loads(raw.decode("utf-8")).get("tool", {}).get("oppcheck")
        else:
            import yaml

            data = yaml.safe_load(raw.decode("utf-8")) or {}
    except Exception as exc:  # noqa: BLE001 - any parse error is the user's file, reported plainly
        raise OppcheckError("config_invalid", file=path, problem=str(exc).splitlines()[0][:120]) from exc
    if data is None:
        return None
    if not isinstance(data, dict):
        raise OppcheckError("config_invalid", file=path, problem="not a table of settings")
    return data


def resolve(options: dict, config_path: str | None = None, debug: bool = False) -> Settings:
    """Effective settings, with `sources` telling where each value came from."""
    settings = Settings(debug=debug)
    found = (config_path, load_config(config_path) or {}) if config_path else find_config()
    if found:
        path, data = found
        for key, value in data.items():
            _apply_file_value(settings, path, key, value)
    for key, value in options.items():
        if value is None or value is False and key not in ("no_ocr",):
            continue
        name = OPTIONS.get(key, key)
        if key == "no_ocr":
            if value:
                settings.ocr = False
                settings.sources["ocr"] = "command line"
            continue
        if name in ("select", "ignore"):
            value = [v.strip() for v in str(value).split(",") if v.strip()]
        if name in {f.name for f in fields(Settings)}:
            setattr(settings, name, value)
            settings.sources[name] = "command line"
    return settings


# Settings field -> (accepted types, what to say when the value has another type).
TYPES = {
    "ruleset": (str, "a rule set name or a path"),
    "select": (list, "a list of element ids"),
    "ignore": (list, "a list of element ids"),
    "template": (bool, "true or false"),
    "redact": (bool, "true or false"),
    "ocr": (bool, "true or false"),
    "jobs": (int, "a whole number"),
    "timeout": ((int, float), "a number of seconds"),
    "max_memory_mb": (int, "a number of MB"),
    "max_size_mb": ((int, float), "a number of MB"),
}
CHOICES = {"school_type": SCHOOL_TYPES, "lang": ("nl", "en"), "csv_delimiter": (",", ";")}


def _apply_file_value(settings: Settings, path: str, key: str, value: object) -> None:
    name = KEYS.get(key.replace("-", "_"))
    if name is None:
        known = ", ".join(sorted(k for k in KEYS if k not in ("rules", "language")))
        raise OppcheckError("config_invalid", file=path, problem=f"unknown setting '{key}' (known: {known})")
    if name in ("select", "ignore") and isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if name in CHOICES and value not in CHOICES[name]:
        raise OppcheckError("config_invalid", file=path, problem=f"{key} must be one of {', '.join(CHOICES[name])}")
    if name in TYPES:
        types, what = TYPES[name]
        wrong_list = isinstance(value, list) and not all(isinstance(v, str) for v in value)
        if not isinstance(value, types) or isinstance(value, bool) and types is not bool or wrong_list:
            raise OppcheckError("config_invalid", file=path, problem=f"{key} must be {what}")
    if name == "ruleset" and isinstance(value, str) and ("/" in value or value.endswith((".yaml", ".yml"))):
        value = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(path)), value))
    setattr(settings, name, value)
    settings.sources[name] = path
