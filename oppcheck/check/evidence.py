"""Turn a judgement into the ElementResult a reporter shows: message, evidence, legal texts."""

from __future__ import annotations

from ..findings import ElementResult, Evidence
from ..i18n import message
from ..model import BlockKind
from ..ruleset import Rule
from ..text import shorten
from .content import Judgement
from .context import Context

QUOTE_LIMIT = 160


# A must_also_mention group ('also_...') or a mention group ('without_...') missing, where the rule has
# no message of its own for it: the generic message.
_GENERIC = {"also_": "also_mention", "without_": "groups_missing"}


def context_params(ctx: Context) -> dict[str, str]:
    """What a message may say of the document's context: the same for every element of a document."""
    return {
        "pages": ", ".join(map(str, ctx.unread_pages)),
        "date": ctx.plan_date.strftime("%d-%m-%Y") if ctx.plan_date else "",
        "decided": ctx.decision_date.strftime("%d-%m-%Y") if ctx.decision_date else "",
        "set_on": ctx.first_plan_date.strftime("%d-%m-%Y") if ctx.first_plan_date else "",
        "latest": ctx.latest_date.strftime("%d-%m-%Y") if ctx.latest_date else "",
        "type": ctx.school_type or "",
    }


def build_element(rule: Rule, j: Judgement, ctx: Context, lang: str, context: dict[str, str]) -> ElementResult:
    """The element's result (`context`: the document's `context_params`)."""
    evidence = _evidence(j, lang)
    looked = rule.text("look_for", lang) if rule.look_for else rule.text("title", lang)
    looked = looked[:1].lower() + looked[1:]
    params = {
        "title": rule.text("title", lang),
        "looked": looked,
        "quote": shorten(j.quote, 80) if j.quote else "",
        "where": _where(evidence[0], lang) if evidence else "",
        **context,
    }
    override = rule.messages.get(j.reason)
    key = next((generic for prefix, generic in _GENERIC.items() if j.reason.startswith(prefix)), j.reason)
    text = (override.get(lang) or override.get("nl")) if override else message(f"finding.{key}", lang)
    return ElementResult(
        id=rule.id,
        status=j.status,
        required=rule.required_for(ctx.school_type),
        title=rule.text("title", lang),
        message=text.format(**params).replace(" ()", ""),
        evidence=evidence,
        question=rule.text("question", lang),
        law=rule.law_for(ctx.school_type, lang),
        why=rule.text("why", lang),
        reason=j.reason,
    )


def _evidence(j: Judgement, lang: str) -> list[Evidence]:
    if j.anchor is None and not j.shown:
        return []
    unit = j.anchor.unit if j.anchor else j.shown[0]
    first = j.shown[0] if j.shown else unit
    section = None
    block = unit.block
    if unit.kind in (BlockKind.FORM_FIELD, BlockKind.SIGNATURE) and block.text not in ("", block.name, block.value):
        section = shorten(block.text, 60)  # the field's own label ('Onderbouwing'), not its value
    elif j.anchor and j.anchor.how != "phrase" and unit.kind is not BlockKind.TABLE_CELL or (j.anchor and unit.label):
        heading = unit.kind is BlockKind.HEADING or (unit.headingish and not unit.value)
        section = shorten(unit.text if heading or not unit.label else unit.text.split(":")[0], 60)
    elif unit.kind is BlockKind.TABLE_CELL and (block.row_header or block.col_header):
        section = shorten(block.row_header or block.col_header or "", 60)  # the cell's row, else its column
    elif unit.block.location.heading_path:
        section = shorten(unit.block.location.heading_path[-1], 60)
    page = first.page if first.page is not None else unit.page
    quote = shorten(j.quote, QUOTE_LIMIT) if j.quote else None
    return [Evidence(page=page, section=section, quote=quote)]


def _where(e: Evidence, lang: str) -> str:
    parts = []
    if e.page is not None:
        parts.append(("pagina " if lang == "nl" else "page ") + str(e.page))
    if e.section:
        parts.append(f"'{e.section}'")
    return ", ".join(parts)
