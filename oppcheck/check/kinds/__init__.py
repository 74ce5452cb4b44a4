"""Rule kinds: one module per kind behind one small interface, registered in one table.

A kind says which options its rules take (a dataclass built from the rule's YAML fields of the same
names), the JSON Schema of those options (the loader refuses a rule that lacks a required one before
any document is read), and how it judges a filled-in plan (`judge`) and a blank template
(`judge_template`). Adding a kind is one new module and one line in `_builtin_kinds`, or `register()`.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ...errors import RuleSetError


@dataclass(frozen=True)
class Kind:
    """A rule kind: its options type and schema, and its two judgements."""

    name: str
    options: type
    schema: dict
    judge: Callable
    judge_template: Callable
    # Read prose phrases even where a labelled section was found (consent is stated in running text too).
    prose_beside_labels: bool = False
    description: str = field(default="", compare=False)


_KINDS: dict[str, Kind] = {}


def _builtin_kinds() -> None:
    from . import consent, mention, section

    for kind in (section.KIND, mention.KIND, consent.KIND):
        _KINDS.setdefault(kind.name, kind)


def kinds() -> dict[str, Kind]:
    """Every registered kind by name."""
    if not _KINDS:
        _builtin_kinds()
    return _KINDS


def register(kind: Kind) -> None:
    """Add a kind (a rule set can then use `kind: <name>`)."""
    kinds()[kind.name] = kind


def unregister(name: str) -> None:
    kinds().pop(name, None)


def get(name: str) -> Kind:
    return kinds()[name]


def build_options(raw: dict, source: str):
    """The typed options of a rule, from its YAML fields (the schema has already checked their form)."""
    registered = kinds()
    kind = registered.get(raw.get("kind", ""))
    if kind is None:
        raise RuleSetError(
            "unknown_kind", file=source, rule=raw.get("id", "-"), kind=raw.get("kind"), kinds=", ".join(registered)
        )
    return _construct(kind.options, raw)


def _construct(cls: type, data: dict):
    values = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        sub = _nested_type(cls, f)
        values[f.name] = _construct(sub, value) if sub is not None and isinstance(value, dict) else value
    return cls(**values)


def _nested_type(cls: type, f: dataclasses.Field) -> type | None:
    """The dataclass type of a field that holds options of its own (`consent: {...}`), if any: named in
    the field's metadata as `options`."""
    return f.metadata.get("options")


def pattern_fields(options: object, prefix: str = "") -> Iterator[tuple[str, list[str]]]:
    """(field name, patterns) for every list of patterns in a rule's options, nested ones included, so
    that a bad pattern is named with its field."""
    for f in dataclasses.fields(options):
        value = getattr(options, f.name)
        name = f"{prefix}{f.name}"
        if dataclasses.is_dataclass(value):
            yield from pattern_fields(value, f"{name}.")
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            yield name, value
        elif isinstance(value, list) and value and all(isinstance(v, dict) and "patterns" in v for v in value):
            for group in value:
                yield f"{name}.{group.get('name', '?')}", group["patterns"]


def compose_schema(base: dict) -> dict:
    """The rule set schema with every registered kind: `kind` is one of them, and a rule takes the
    common fields plus exactly its kind's options (required ones required)."""
    from ...ruleset import COMMON_FIELDS

    schema = copy.deepcopy(base)
    defs = schema["$defs"]
    registered = kinds()
    defs["rule_fields"]["kind"] = {
        "enum": list(registered),
        "description": "How the element is judged: "
        + "; ".join(f"{k.name}: {k.description}" for k in registered.values()),
    }
    rule = {
        "type": "object",
        "required": ["id", "kind", "level", "title", "law", "why", "question"],
        "properties": {name: {"$ref": f"#/$defs/rule_fields/{name}"} for name in COMMON_FIELDS},
        "allOf": [
            {
                "if": {"properties": {"kind": {"const": k.name}}, "required": ["kind"]},
                "then": {"properties": k.schema.get("properties", {}), "required": k.schema.get("required", [])},
            }
            for k in registered.values()
        ],
        "unevaluatedProperties": False,
    }
    defs["rule"] = rule
    return schema
