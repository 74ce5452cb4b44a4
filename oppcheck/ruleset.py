"""Load a rule set (YAML) into `RuleSet`/`Rule` objects, validating it before any document is read.

Bundled rule sets live in the package `oppcheck.rulesets` (the repository's `rules/` folder). A rule
set may `extend` another one, change its rules under `overrides` and add rules of its own. A rule's
kind (section, mention, consent, ...) names the options it takes: see `oppcheck.check.kinds`.
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

# The rule set's shared vocabulary: lists of patterns, inherited and extended by `extends`. The loader,
# the validator, the compiler and the --resume fingerprint all read this one list.
VOCABULARY_KEYS = (
    "placeholders",
    "deferrals",
    "references",
    "instructions",
    "instruction_labels",
    "table_headers",
    "opp_markers",
    "personal_data",
    "vague",
    "general",
    "general_continuations",
)


@dataclass
class Rule:
    """One element of the contract: what it is called, why it matters, how to find it (fields common to
    every kind) and how to judge it (`options`, typed by the rule's kind)."""

    id: str
    kind: str
    level: str
    title: Text
    law: Text
    why: Text
    question: Text
    options: object = None
    labels: list[str] = field(default_factory=list)
    value_labels: list[str] = field(default_factory=list)
    not_labels: list[str] = field(default_factory=list)
    # Words that, anywhere in a heading no label names, point to this element: read only when no label
    # of the element was found ('Hoe we Sem helpen', 'Wat maakt rekenen voor Sem zo zwaar?').
    heading_words: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    # Counted only for a pupil who is meerderjarig en handelingsbekwaam (he is the party, not his parents).
    adult_pupil_labels: list[str] = field(default_factory=list)
    adult_pupil_phrases: list[str] = field(default_factory=list)
    own_section_only: bool = False
    # With own_section_only: phrases that still count inside another element's section, where the sentence
    # itself says whose it is (a letter's one heading over paragraphs of several parts: 'Daan zelf vertelde').
    phrases_in_other_sections: list[str] = field(default_factory=list)
    # The element's part tells the law or what a plan holds in general (the rights part): no other element's
    # sentence in it counts ('Sinds 2025 staat in het OPP ook wat de leerling zelf vindt').
    explains_the_law: bool = False
    phrases_over_rows: bool = False  # a phrase may run over the cells of one table row
    applies_to: list[str] = field(default_factory=list)
    applies_from: str | None = None
    not_for_adult_pupil: bool = False
    level_by_type: dict[str, str] = field(default_factory=dict)
    look_for: Text = field(default_factory=dict)
    messages: dict[str, Text] = field(default_factory=dict)
    law_by_type: dict[str, Text] = field(default_factory=dict)
    applies_if_mentioned: list[str] = field(default_factory=list)
    within_weeks_of_plan: int | None = None
    incomplete_if_document: list[str] = field(default_factory=list)  # the whole document says: not done

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
    def heading_word_res(self) -> list[re.Pattern]:
        return compile_any(self.heading_words)

    @cached_property
    def phrase_res(self) -> list[re.Pattern]:
        return compile_any(self.phrases)

    @cached_property
    def other_section_phrase_res(self) -> list[re.Pattern]:
        return compile_any(self.phrases_in_other_sections)

    @cached_property
    def adult_label_res(self) -> list[re.Pattern]:
        return compile_patterns(self.adult_pupil_labels)

    @cached_property
    def adult_phrase_res(self) -> list[re.Pattern]:
        return compile_any(self.adult_pupil_phrases)

    @cached_property
    def trigger_res(self) -> list[re.Pattern]:
        return compile_any(self.applies_if_mentioned)

    @cached_property
    def undone_res(self) -> list[re.Pattern]:
        return compile_any(self.incomplete_if_document)


# The fields every rule takes, whatever its kind (the kind's own options are in `options`).
COMMON_FIELDS = tuple(f.name for f in dataclasses.fields(Rule) if f.name != "options")
_COMMON_PATTERNS = (
    ("labels", "label_res"),
    ("labels", "label_any_res"),
    ("value_labels", "value_label_res"),
    ("not_labels", "not_label_res"),
    ("heading_words", "heading_word_res"),
    ("phrases", "phrase_res"),
    ("phrases_in_other_sections", "other_section_phrase_res"),
    ("adult_pupil_labels", "adult_label_res"),
    ("adult_pupil_phrases", "adult_phrase_res"),
    ("applies_if_mentioned", "trigger_res"),
    ("incomplete_if_document", "undone_res"),
)


@dataclass
class RuleSet:
    """A named, versioned list of rules plus the shared vocabulary (`VOCABULARY_KEYS`) and context."""

    name: str
    version: str
    rules: list[Rule]
    placeholders: list[str] = field(default_factory=list)
    deferrals: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    instructions: list[str] = field(default_factory=list)
    instruction_labels: list[str] = field(default_factory=list)
    table_headers: list[str] = field(default_factory=list)
    opp_markers: list[str] = field(default_factory=list)
    personal_data: list[str] = field(default_factory=list)
    vague: list[str] = field(default_factory=list)
    general: list[str] = field(default_factory=list)
    general_continuations: list[str] = field(default_factory=list)
    context: dict[str, object] = field(default_factory=dict)
    source: str = ""
    tests_path: str | None = None
    # The rules as read (after `overrides`), for rule sets that extend this one.
    raw_rules: list[dict] = field(default_factory=list, repr=False)
    # The whole rule set when this one is filtered by --select/--ignore: documents are always judged
    # with every rule (a filter of what is reported never changes a judgment), and only reported here.
    unfiltered: RuleSet | None = None

    @property
    def complete(self) -> RuleSet:
        """The rule set every document is judged with: all rules, whatever is reported."""
        return self.unfiltered or self

    def by_id(self, element_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == element_id), None)

    def filtered(self, select: list[str], ignore: list[str]) -> RuleSet:
        """A copy that reports only the selected rules (all when `select` is empty) minus the ignored
        ones; documents are still judged with the complete rule set."""
        unknown = [i for i in [*select, *ignore] if not self.by_id(i)]
        if unknown:
            raise RuleSetError("unknown_element", ids=", ".join(unknown))
        if not select and not ignore:
            return self
        rules = [r for r in self.rules if (not select or r.id in select) and r.id not in ignore]
        return dataclasses.replace(self, rules=rules, unfiltered=self.complete)

    def vocabulary(self, key: str) -> list[re.Pattern]:
        """One shared vocabulary list (`VOCABULARY_KEYS`), compiled once."""
        compiled = self._compiled_vocabulary
        if key not in compiled:
            compiled[key] = compile_any(getattr(self, key))
        return compiled[key]

    @cached_property
    def _compiled_vocabulary(self) -> dict[str, list[re.Pattern]]:
        return {}

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
            "adult_pupil_not_represented": compile_any(cfg.get("adult_pupil_not_represented") or []),
            "birth_date_labels": compile_any(cfg.get("birth_date_labels") or []),
            "not_done_yet": compile_any(cfg.get("not_done_yet") or []),
            "conditional": compile_any(cfg.get("conditional") or []),
            "answer_no": compile_any(cfg.get("answer_no") or []),
            "revision_date_labels": compile_any(cfg.get("revision_date_labels") or []),
            "not_plan_date_labels": compile_any(cfg.get("not_plan_date_labels") or []),
            "pupil_fields": compile_patterns(cfg.get("pupil_fields") or []),
            "about_opps": compile_any(cfg.get("about_opps") or []),
            "other_document_titles": compile_any(cfg.get("other_document_titles") or []),
            "never_plan_titles": compile_any(cfg.get("never_plan_titles") or []),
            "says_it_is_no_plan": compile_any(cfg.get("says_it_is_no_plan") or []),
            "plan_titles": compile_any(cfg.get("plan_titles") or []),
            "glossary_titles": compile_any(cfg.get("glossary_titles") or []),
            "letter_subjects": compile_any(cfg.get("letter_subjects") or []),
            "announces_what_follows": compile_any(cfg.get("announces_what_follows") or []),
        }

    def may_name(self, text: str, *, at_start: bool = False) -> bool:
        """Whether some rule's label occurs in `text` (at its start): a quick test, one alternation
        per rule, before the pattern-by-pattern matching."""
        if at_start:
            return any(p.match(text) for r in self.rules for p in r.label_any_res)
        return any(p.search(text) for r in self.rules for p in r.label_any_res)

    @cached_property
    def label_cache(self) -> dict[tuple, list[str]]:
        """(label text, how it is read) -> the rule ids it names (labels repeat across a batch)."""
        return {}

    @property
    def placeholder_res(self) -> list[re.Pattern]:
        return self.vocabulary("placeholders")

    @property
    def deferral_res(self) -> list[re.Pattern]:
        return self.vocabulary("deferrals")

    @property
    def reference_res(self) -> list[re.Pattern]:
        return self.vocabulary("references")

    @property
    def instruction_res(self) -> list[re.Pattern]:
        return self.vocabulary("instructions")

    @property
    def instruction_label_res(self) -> list[re.Pattern]:
        return self.vocabulary("instruction_labels")

    @property
    def table_header_res(self) -> list[re.Pattern]:
        return self.vocabulary("table_headers")

    def names_columns(self, text: str) -> bool:
        """Whether a (normalised) text is made only of column names ('wat  wie  hoe vaak', 'wat / wie')."""
        if not self.table_header_res or not text:
            return False
        for p in self.table_header_res:
            text = p.sub(" ", text)
        return not text.strip(" |/,;:-")

    @property
    def personal_data_res(self) -> list[re.Pattern]:
        return self.vocabulary("personal_data")

    @property
    def opp_marker_res(self) -> list[re.Pattern]:
        return self.vocabulary("opp_markers")

    @property
    def vague_res(self) -> list[re.Pattern]:
        return self.vocabulary("vague")

    @property
    def general_res(self) -> list[re.Pattern]:
        return self.vocabulary("general")

    @property
    def general_continuation_res(self) -> list[re.Pattern]:
        return self.vocabulary("general_continuations")

    def compile_all(self) -> None:
        """Compile every pattern now (a batch does this before forking its workers)."""
        for key in VOCABULARY_KEYS:
            self.vocabulary(key)
        self.context_res  # noqa: B018 - compiles
        for rule in self.rules:
            for _, attr in _COMMON_PATTERNS:
                getattr(rule, attr)
            rule.options.compile()


def bundled_names() -> list[str]:
    files = resources.files("oppcheck.rulesets")
    return sorted(p.name[:-5] for p in files.iterdir() if p.name.endswith(".yaml"))


def load_ruleset(name_or_path: str | None = None, *, validate: bool | None = None) -> RuleSet:
    """Load a bundled rule set by name or a YAML file by path. External files are always validated.
    What was read, validated and compiled is kept in the user's cache folder (see `rulecache`)."""
    from .rulecache import load_cached

    return load_cached(name_or_path or "default", validate)


def load_uncached(name_or_path: str, validate: bool | None = None, read=None) -> RuleSet:
    """`load_ruleset` without the cache; `read(name_or_path, validate)` gives one file's data, its source
    and whether it is bundled (default: `read_checked`)."""
    read = read or read_checked
    data, source, bundled = read(name_or_path, validate)
    base: RuleSet | None = None
    if data.get("extends"):
        parent = data["extends"]
        if not bundled and not _is_bundled_name(parent):
            parent = os.path.join(os.path.dirname(os.path.abspath(source)), parent)
        base = load_uncached(parent, validate, read)
    ruleset = _build(data, source, base)
    _check_patterns(ruleset, source)
    return ruleset


def read_checked(name_or_path: str, validate: bool | None, seen=None) -> tuple[dict, str, bool]:
    """One rule file's data (validated when it must be), its source and whether it is bundled;
    `seen(text, data)` is told the file's text and data (the cache keeps them)."""
    text, source, bundled = read_text(name_or_path)
    data = parse(text, source)
    if seen is not None:
        seen(text, data)
    if validate or (validate is None and not bundled):
        validate_data(data, source)
    return data, source, bundled


def _is_bundled_name(name: str) -> bool:
    return "/" not in name and "\\" not in name and not name.endswith((".yaml", ".yml"))


def read_text(name_or_path: str) -> tuple[str, str, bool]:
    """A rule file's text, its source (as errors name it) and whether it is bundled."""
    if _is_bundled_name(name_or_path):
        res = resources.files("oppcheck.rulesets").joinpath(f"{name_or_path}.yaml")
        if not res.is_file():
            raise RuleSetError("ruleset_unknown", name=name_or_path, names=", ".join(bundled_names()))
        return res.read_text(encoding="utf-8"), f"{name_or_path} (bundled)", True
    try:
        with open(name_or_path, encoding="utf-8") as fh:
            return fh.read(), name_or_path, False
    except OSError as exc:
        raise RuleSetError("ruleset_unreadable", file=name_or_path) from exc


def parse(text: str, source: str) -> dict:
    """A rule file's YAML as data; one sentence naming the file (and line) when it is not a mapping."""
    import yaml

    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else "?"
        raise RuleSetError("ruleset_yaml", file=source, line=line) from exc
    if not isinstance(data, dict):
        raise RuleSetError("ruleset_invalid", file=source, rule="-", field="-", problem=problem_text("not_mapping"))
    return data


def schema() -> dict:
    """The published JSON Schema (rules/ruleset.schema.json) with every registered kind's options."""
    import json

    from .check.kinds import compose_schema

    base = json.loads(resources.files("oppcheck.rulesets").joinpath("ruleset.schema.json").read_text("utf-8"))
    return compose_schema(base)


def validate_data(data: dict, source: str) -> None:
    """Validate against the JSON Schema; name the file, the rule and the field, in the user's words."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: (list(e.absolute_path), e.validator != "required"))
    if not errors:
        return
    err = _most_specific(errors[0])
    path = list(err.absolute_path)
    rule, fld = "-", ".".join(str(p) for p in path) or "-"
    if len(path) >= 2 and path[0] == "rules" and isinstance(path[1], int):
        raw = (data.get("rules") or [])[path[1]]
        rule = str(raw.get("id", f"#{path[1] + 1}")) if isinstance(raw, dict) else f"#{path[1] + 1}"
        fld = ".".join(str(p) for p in path[2:]) or "-"
    elif len(path) >= 2 and path[0] == "overrides":
        rule, fld = str(path[1]), ".".join(str(p) for p in path[2:]) or "-"
    problem, named = _describe(err)
    if named:
        fld = f"{fld}.{named}" if fld != "-" else named
    raise RuleSetError("ruleset_invalid", file=source, rule=rule, field=fld, problem=problem)


def _most_specific(err):
    """Of an error with sub-errors (anyOf, allOf), the deepest one."""
    while err.context:
        err = sorted(err.context, key=lambda e: len(list(e.absolute_path)))[-1]
    return err


def _describe(err) -> tuple[dict, str | None]:
    """jsonschema's English error as a problem in Dutch and English, and the field it names (if any)."""
    kind = err.validator
    if kind == "required":
        missing = re.findall(r"'([^']+)' is a required property", err.message)
        name = missing[0] if missing else "?"
        return problem_text("required", name=name), name
    if kind in ("additionalProperties", "unevaluatedProperties"):
        extra = re.findall(r"'([^']+)'", err.message)
        name = extra[0] if extra else "?"
        return problem_text("unknown_field", name=name), name
    if kind == "type":
        return problem_text("type", expected=_TYPE_WORDS.get(str(err.validator_value), str(err.validator_value))), None
    if kind in ("enum", "const"):
        allowed = err.validator_value if kind == "enum" else [err.validator_value]
        return problem_text("enum", allowed=", ".join(map(str, allowed))), None
    if kind == "pattern":
        return problem_text("pattern", pattern=err.validator_value), None
    if kind in ("minLength", "minItems"):
        return problem_text("empty"), None
    if kind == "minimum":
        return problem_text("minimum", minimum=err.validator_value), None
    return problem_text("invalid"), None


_TYPE_WORDS = {
    "string": "tekst",
    "array": "lijst",
    "object": "tabel (sleutel: waarde)",
    "integer": "geheel getal",
    "boolean": "true of false",
    "number": "getal",
}


def problem_text(key: str, **params: object) -> dict:
    """A problem sentence in both languages, filled in when the error is shown."""
    from .i18n import message

    return {lang: message(f"ruleset_problem.{key}", lang, **params) for lang in ("nl", "en")}


def _build(data: dict, source: str, base: RuleSet | None) -> RuleSet:
    from .check.kinds import build_options

    raws: list[dict] = [dict(r) for r in (base.raw_rules if base else [])]
    for element_id, change in (data.get("overrides") or {}).items():
        raw = next((r for r in raws if r["id"] == element_id), None)
        if raw is None:
            raise RuleSetError(
                "ruleset_invalid",
                file=source,
                rule=element_id,
                field="overrides",
                problem=problem_text("no_such_element"),
            )
        if change.get("disabled"):
            raws.remove(raw)
            continue
        for key, value in change.items():
            if key.startswith("add_"):
                raw[key[4:]] = [*(raw.get(key[4:]) or []), *value]
            else:
                raw[key] = value
    seen = {r["id"] for r in raws}
    for raw in data.get("rules") or []:
        if raw["id"] in seen:
            raise RuleSetError(
                "ruleset_invalid", file=source, rule=raw["id"], field="id", problem=problem_text("duplicate_id")
            )
        seen.add(raw["id"])
        raws.append(dict(raw))
    rules = []
    for raw in raws:
        options = build_options(raw, source)
        rules.append(Rule(options=options, **{k: v for k, v in raw.items() if k in COMMON_FIELDS}))

    tests = data.get("tests")
    tests_path = None
    if tests:
        tests_path = (
            str(resources.files("oppcheck.rulesets").joinpath(tests))
            if source.endswith("(bundled)")
            else os.path.join(os.path.dirname(os.path.abspath(source)), tests)
        )
    vocabulary = {key: [*(getattr(base, key) if base else []), *(data.get(key) or [])] for key in VOCABULARY_KEYS}
    return RuleSet(
        name=str(data["name"]),
        version=str(data["version"]),
        rules=rules,
        **vocabulary,
        context={**(base.context if base else {}), **(data.get("context") or {})},
        source=source,
        tests_path=tests_path,
        raw_rules=raws,
    )


def _check_patterns(ruleset: RuleSet, source: str) -> None:
    """Compile every pattern now, as it will be used (the compiled patterns are kept): a bad one is
    reported with its file, rule and field before any document is read."""
    from .check.kinds import pattern_fields

    for rule in ruleset.rules:
        for fld, attr in _COMMON_PATTERNS:
            _compile_or_fail(lambda r=rule, a=attr: getattr(r, a), getattr(rule, fld), source, rule.id, fld)
        for fld, patterns in pattern_fields(rule.options):
            _compile_or_fail(lambda pats=patterns: compile_any(pats), patterns, source, rule.id, fld)
        rule.options.compile()
    for key in VOCABULARY_KEYS:
        _compile_or_fail(lambda k=key: ruleset.vocabulary(k), getattr(ruleset, key), source, "-", key)


def _compile_or_fail(compile_all, patterns: list[str], source: str, rule: str, fld: str) -> None:
    """Run `compile_all`; when it fails, name the first of `patterns` that does not compile on its own."""
    try:
        compile_all()
    except re.error as exc:
        culprit, error = next(((p, e) for p in patterns for e in [_compile_error(p)] if e), (None, exc))
        problem = (
            problem_text("bad_pattern", pattern=culprit, error=error)
            if culprit is not None
            else problem_text("bad_patterns", error=error)
        )
        raise RuleSetError("ruleset_invalid", file=source, rule=rule, field=fld, problem=problem) from exc


def _compile_error(pattern: str) -> re.error | None:
    try:
        compile_patterns([pattern])
    except re.error as exc:
        return exc
    return None
