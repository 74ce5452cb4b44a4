"""Load a rule set (YAML) into `RuleSet`/`Rule` objects, validating it before any document is read.

Bundled rule sets live in the package `oppcheck.rulesets` (the repository's `rules/` folder). A rule
set may `extend` another one, change its rules under `overrides` and add rules of its own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources

from .errors import RuleSetError
from .patterns import compile_any, compile_patterns

Text = dict  # {"nl": ..., "en": ...}


@dataclass
class Rule:
    """One element of the contract and how to find and judge it."""

    id: str
    kind: str
    level: str
    title: Text
    law: Text
    why: Text
    question: Text
    labels: list[str] = field(default_factory=list)
    value_labels: list[str] = field(default_factory=list)
    not_labels: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    own_section_only: bool = False
    min_words: int = 2
    expect: list[str] = field(default_factory=list)
    if_unexpected: str = "unclear"
    needs_date: bool = False
    not_applicable_if: list[str] = field(default_factory=list)
    not_applicable_unless: list[str] = field(default_factory=list)
    incomplete_if: list[str] = field(default_factory=list)
    groups: list[dict] = field(default_factory=list)
    applies_to: list[str] = field(default_factory=list)
    applies_from: str | None = None
    not_for_adult_pupil: bool = False
    level_by_type: dict[str, str] = field(default_factory=dict)
    look_for: Text = field(default_factory=dict)
    messages: dict[str, Text] = field(default_factory=dict)
    consent: dict[str, list[str]] = field(default_factory=dict)
    law_by_type: dict[str, Text] = field(default_factory=dict)
    must_also_mention: list[dict] = field(default_factory=list)
    applies_if_mentioned: list[str] = field(default_factory=list)
    within_weeks_of_plan: int | None = None

    def text(self, name: str, lang: str) -> str:
        value = getattr(self, name)
        return value.get(lang) or value.get("nl", "")

    def law_for(self, school_type: str | None, lang: str) -> str:
        """The legal basis for a plan of this school type; `law` (naming every law) when the type is unknown
        or has no citation of its own."""
        value = self.law_by_type.get(school_type or "") or self.law
        return value.get(lang) or value.get("nl", "")

    def required_for(self, school_type: str | None) -> bool:
        return self.level_by_type.get(school_type or "", self.level) == "must"

    def applies(self, school_type: str | None, plan_date: dt.date | None) -> bool:
        if self.applies_to and school_type and school_type not in self.applies_to:
            return False
        if self.applies_from and plan_date and plan_date < dt.date.fromisoformat(self.applies_from):
            return False
        return True

    @cached_property
    def label_res(self) -> list[re.Pattern]:
        return compile_patterns(self.labels)

    @cached_property
    def label_any_res(self) -> list[re.Pattern]:
        return compile_any(self.labels)

    @cached_property
    def value_label_res(self) -> list[re.Pattern]:
        return compile_patterns(self.value_labels)

    @cached_property
    def not_label_res(self) -> list[re.Pattern]:
        return compile_patterns(self.not_labels)

    @cached_property
    def phrase_res(self) -> list[re.Pattern]:
        return compile_any(self.phrases)

    @cached_property
    def expect_res(self) -> list[re.Pattern]:
        return compile_any(self.expect)

    @cached_property
    def not_applicable_res(self) -> list[re.Pattern]:
        return compile_any(self.not_applicable_if)

    @cached_property
    def applicable_res(self) -> list[re.Pattern]:
        return compile_any(self.not_applicable_unless)

    @cached_property
    def incomplete_res(self) -> list[re.Pattern]:
        return compile_any(self.incomplete_if)

    @cached_property
    def group_res(self) -> list[tuple[str, list[re.Pattern]]]:
        return [(g["name"], compile_any(g["patterns"])) for g in self.groups]

    @cached_property
    def consent_res(self) -> dict[str, list[re.Pattern]]:
        return {k: compile_any(v) for k, v in self.consent.items()}

    @cached_property
    def also_mention_res(self) -> list[tuple[str, list[re.Pattern]]]:
        return [(g["name"], compile_any(g["patterns"])) for g in self.must_also_mention]

    @cached_property
    def trigger_res(self) -> list[re.Pattern]:
        return compile_any(self.applies_if_mentioned)


@dataclass
class RuleSet:
    """A named, versioned list of rules plus the shared placeholder vocabulary."""

    name: str
    version: str
    rules: list[Rule]
    placeholders: list[str] = field(default_factory=list)
    deferrals: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    instructions: list[str] = field(default_factory=list)
    table_headers: list[str] = field(default_factory=list)
    opp_markers: list[str] = field(default_factory=list)
    personal_data: list[str] = field(default_factory=list)
    context: dict[str, object] = field(default_factory=dict)
    source: str = ""
    tests_path: str | None = None

    def by_id(self, element_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == element_id), None)

    def filtered(self, select: list[str], ignore: list[str]) -> RuleSet:
        """A copy holding only the selected rules (all when `select` is empty) minus the ignored ones."""
        unknown = [i for i in [*select, *ignore] if not self.by_id(i)]
        if unknown:
            raise RuleSetError("unknown_element", ids=", ".join(unknown))
        rules = [r for r in self.rules if (not select or r.id in select) and r.id not in ignore]
        return dataclasses.replace(self, rules=rules)

    @cached_property
    def context_res(self) -> dict:
        """The context vocabulary compiled once: school type cues (one pattern per type), the labels
        that name the school or its type, the labels of the plan's date, adult-pupil phrases."""
        cfg = self.context
        return {
            "types": {t: compile_any(p) for t, p in (cfg.get("school_types") or {}).items()},
            "type_labels": compile_patterns(cfg.get("school_type_labels") or []),
            "plan_date_labels": compile_any(cfg.get("plan_date_labels") or []),
            "adult_pupil": compile_any(cfg.get("adult_pupil") or []),
            "adult_pupil_represented": compile_any(cfg.get("adult_pupil_represented") or []),
            "revision_date_labels": compile_any(cfg.get("revision_date_labels") or []),
            "not_plan_date_labels": compile_any(cfg.get("not_plan_date_labels") or []),
        }

    def may_name(self, text: str, *, at_start: bool = False) -> bool:
        """Whether some rule's label occurs in `text` (at its start): a quick test, one alternation
        per rule, before the pattern-by-pattern matching."""
        if at_start:
            return any(p.match(text) for r in self.rules for p in r.label_any_res)
        return any(p.search(text) for r in self.rules for p in r.label_any_res)

    @cached_property
    def label_cache(self) -> dict[str, list[str]]:
        """Label text -> the rule ids it names (labels repeat across the documents of a batch)."""
        return {}

    @cached_property
    def placeholder_res(self) -> list[re.Pattern]:
        return compile_any(self.placeholders)

    @cached_property
    def deferral_res(self) -> list[re.Pattern]:
        return compile_any(self.deferrals)

    @cached_property
    def reference_res(self) -> list[re.Pattern]:
        return compile_any(self.references)

    @cached_property
    def instruction_res(self) -> list[re.Pattern]:
        return compile_any(self.instructions)

    @cached_property
    def table_header_res(self) -> list[re.Pattern]:
        return compile_any(self.table_headers)

    @cached_property
    def personal_data_res(self) -> list[re.Pattern]:
        return compile_any(self.personal_data)

    @cached_property
    def opp_marker_res(self) -> list[re.Pattern]:
        return compile_any(self.opp_markers)


def bundled_names() -> list[str]:
    files = resources.files("oppcheck.rulesets")
    return sorted(p.name[:-5] for p in files.iterdir() if p.name.endswith(".yaml"))


def load_ruleset(name_or_path: str | None = None, *, validate: bool | None = None) -> RuleSet:
    """Load a bundled rule set by name or a YAML file by path. External files are always validated."""
    name_or_path = name_or_path or "default"
    data, source, bundled = _read(name_or_path)
    if validate or (validate is None and not bundled):
        validate_data(data, source)
    base: RuleSet | None = None
    if data.get("extends"):
        parent = data["extends"]
        if not bundled and not _is_bundled_name(parent):
            parent = os.path.join(os.path.dirname(os.path.abspath(source)), parent)
        base = load_ruleset(parent, validate=validate)
    ruleset = _build(data, source, base)
    _check_patterns(ruleset, source)
    return ruleset


def _is_bundled_name(name: str) -> bool:
    return "/" not in name and "\\" not in name and not name.endswith((".yaml", ".yml"))


def _read(name_or_path: str) -> tuple[dict, str, bool]:
    import yaml

    if _is_bundled_name(name_or_path):
        res = resources.files("oppcheck.rulesets").joinpath(f"{name_or_path}.yaml")
        if not res.is_file():
            raise RuleSetError("ruleset_unknown", name=name_or_path, names=", ".join(bundled_names()))
        text, source, bundled = res.read_text(encoding="utf-8"), f"{name_or_path} (bundled)", True
    else:
        try:
            with open(name_or_path, encoding="utf-8") as fh:
                text = fh.read()
        except OSError as exc:
            raise RuleSetError("ruleset_unreadable", file=name_or_path) from exc
        source, bundled = name_or_path, False
    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else "?"
        raise RuleSetError("ruleset_yaml", file=source, line=line) from exc
    if not isinstance(data, dict):
        raise RuleSetError("ruleset_invalid", file=source, rule="-", field="-", problem="not a mapping")
    return data, source, bundled


def schema() -> dict:
    import json

    return json.loads(resources.files("oppcheck.rulesets").joinpath("ruleset.schema.json").read_text("utf-8"))


def validate_data(data: dict, source: str) -> None:
    """Validate against the published JSON Schema; name the file, the rule and the field on error."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if not errors:
        return
    err = errors[0]
    path = list(err.absolute_path)
    rule, fld = "-", ".".join(str(p) for p in path) or "-"
    if len(path) >= 2 and path[0] == "rules" and isinstance(path[1], int):
        rules = data.get("rules") or []
        raw = rules[path[1]]
        rule = str(raw.get("id", f"#{path[1] + 1}")) if isinstance(raw, dict) else f"#{path[1] + 1}"
        fld = ".".join(str(p) for p in path[2:]) or "-"
    elif len(path) >= 2 and path[0] == "overrides":
        rule, fld = str(path[1]), ".".join(str(p) for p in path[2:]) or "-"
    problem = err.message
    if err.validator == "additionalProperties":
        extra = re.findall(r"'([^']+)' was unexpected", err.message)
        problem = f"unknown field {', '.join(extra)}" if extra else problem
        if extra and fld == "-" and rule != "-":
            fld = extra[0]
        elif extra and rule == "-":
            fld = extra[0]
    raise RuleSetError("ruleset_invalid", file=source, rule=rule, field=fld, problem=problem)


_RULE_KEYS = set(Rule.__dataclass_fields__)


def _build(data: dict, source: str, base: RuleSet | None) -> RuleSet:
    rules: list[Rule] = [Rule(**_rule_kwargs(r)) for r in (base.rules if base else [])]
    for element_id, change in (data.get("overrides") or {}).items():
        rule = next((r for r in rules if r.id == element_id), None)
        if rule is None:
            raise RuleSetError("ruleset_invalid", file=source, rule=element_id, field="overrides",
                               problem="no such element in the extended rule set")
        if change.get("disabled"):
            rules.remove(rule)
            continue
        for key, value in change.items():
            if key.startswith("add_"):
                name = key[4:]
                setattr(rule, name, [*getattr(rule, name), *value])
            else:
                setattr(rule, key, value)
    seen = {r.id for r in rules}
    for raw in data.get("rules") or []:
        if raw["id"] in seen:
            raise RuleSetError("ruleset_invalid", file=source, rule=raw["id"], field="id",
                               problem="duplicate element id (use overrides to change an inherited rule)")
        seen.add(raw["id"])
        rules.append(Rule(**{k: v for k, v in raw.items() if k in _RULE_KEYS}))

    def inherit(key: str) -> list[str]:
        return [*(getattr(base, key) if base else []), *(data.get(key) or [])]

    tests = data.get("tests")
    tests_path = None
    if tests:
        tests_path = (str(resources.files("oppcheck.rulesets").joinpath(tests)) if source.endswith("(bundled)")
                      else os.path.join(os.path.dirname(os.path.abspath(source)), tests))
    return RuleSet(
        name=str(data["name"]), version=str(data["version"]), rules=rules,
        placeholders=inherit("placeholders"), deferrals=inherit("deferrals"),
        references=inherit("references"), instructions=inherit("instructions"),
        table_headers=inherit("table_headers"), opp_markers=inherit("opp_markers"),
        personal_data=inherit("personal_data"),
        context={**(base.context if base else {}), **(data.get("context") or {})},
        source=source, tests_path=tests_path,
    )


def _rule_kwargs(rule: Rule) -> dict:
    return {k: getattr(rule, k) for k in _RULE_KEYS}


_RULE_PATTERNS = (("labels", "label_res"), ("labels", "label_any_res"), ("value_labels", "value_label_res"),
                  ("not_labels", "not_label_res"),
                  ("phrases", "phrase_res"), ("expect", "expect_res"), ("not_applicable_if", "not_applicable_res"),
                  ("not_applicable_unless", "applicable_res"),
                  ("incomplete_if", "incomplete_res"), ("applies_if_mentioned", "trigger_res"))
_SET_PATTERNS = (("placeholders", "placeholder_res"), ("deferrals", "deferral_res"), ("references", "reference_res"),
                 ("instructions", "instruction_res"), ("table_headers", "table_header_res"),
                 ("opp_markers", "opp_marker_res"), ("personal_data", "personal_data_res"))


def _check_patterns(ruleset: RuleSet, source: str) -> None:
    """Compile every pattern now, as it will be used (the compiled patterns are kept): a bad one is
    reported with its file, rule and field before any document is read."""
    for rule in ruleset.rules:
        for fld, attr in _RULE_PATTERNS:
            _compile_or_fail(lambda r=rule, a=attr: getattr(r, a), getattr(rule, fld), source, rule.id, fld)
        for group in rule.groups:
            _compile_or_fail(lambda r=rule: r.group_res, group["patterns"], source, rule.id, f"groups.{group['name']}")
        for key, pats in rule.consent.items():
            _compile_or_fail(lambda r=rule: r.consent_res, pats, source, rule.id, f"consent.{key}")
        for group in rule.must_also_mention:
            _compile_or_fail(lambda r=rule: r.also_mention_res, group["patterns"], source, rule.id,
                             f"must_also_mention.{group['name']}")
    for fld, attr in _SET_PATTERNS:
        _compile_or_fail(lambda a=attr: getattr(ruleset, a), getattr(ruleset, fld), source, "-", fld)


def _compile_or_fail(compile_all, patterns: list[str], source: str, rule: str, fld: str) -> None:
    """Run `compile_all`; when it fails, name the first of `patterns` that does not compile on its own."""
    try:
        compile_all()
    except re.error as exc:
        culprit, error = next(((p, e) for p in patterns for e in [_compile_error(p)] if e), (None, exc))
        what = f"invalid pattern {culprit!r}" if culprit is not None else "invalid patterns"
        raise RuleSetError("ruleset_invalid", file=source, rule=rule, field=fld, problem=f"{what}: {error}") from exc


def _compile_error(pattern: str) -> re.error | None:
    try:
        compile_patterns([pattern])
    except re.error as exc:
        return exc
    return None
