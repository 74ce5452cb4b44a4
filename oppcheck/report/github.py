"""`--format github`: GitHub Actions workflow commands, shown as annotations on the file in a pull request.

`::error` for a gap (missing, incomplete, unclear) in a required element, `::warning` for a gap in a
recommended one; present elements give no line. An unreadable document is an `::error` too. Data
is escaped as the runner expects: `%`, CR and LF in the message, and also `:` and `,` in property
values (file, title).
"""

from __future__ import annotations

from ..findings import DOC_ERROR, GAPS, Report
from ..ruleset import RuleSet
from ..settings import Settings
from .sarif import WORDS, relative_path


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **props: str | int | None) -> str:
    """One workflow command line: ::name key=value,...::message"""
    given = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{name}{' ' + given if given else ''}::{escape_data(message)}"


def render(report: Report, ruleset: RuleSet, settings: Settings) -> str:
    w = WORDS.get(report.lang, WORDS["nl"])
    lines = []
    gaps = 0
    for doc in report.documents:
        path = relative_path(doc.path)
        if doc.status == DOC_ERROR:
            lines.append(command("error", doc.error or "", file=path, title="oppcheck"))
            continue
        for e in doc.elements:
            if e.status not in GAPS:
                continue
            gaps += 1
            level = w["must"] if e.required else w["should"]
            page = e.evidence[0].page if e.evidence else None
            message = f"{e.message}\n{w['law']}: {e.law}"
            lines.append(
                command(
                    "error" if e.required else "warning",
                    message,
                    file=path,
                    line=page,
                    title=f"OPP {e.id}: {e.title} ({level})",
                )
            )
    summary = (
        "{docs} document(en) gecontroleerd, {gaps} onderdeel/onderdelen niet in orde"
        if report.lang == "nl"
        else "{docs} document(s) checked, {gaps} element(s) not in order"
    )
    lines.append("oppcheck: " + summary.format(docs=len(report.documents), gaps=gaps))
    return "\n".join(lines) + "\n"
