"""The meeting form as one self-contained HTML file that prints well on A4 (no fonts, scripts or images)."""

from __future__ import annotations

from html import escape

from ..findings import Report
from ..ruleset import RuleSet
from ..settings import Settings
from .form_content import FormContent, Gap, Section, build_form

ANSWER_LINES = 4
AGREEMENT_LINES = 7

CSS = """
@page { size: A4; margin: 16mm 17mm 18mm 17mm;
  @bottom-left { content: TITLE; font: 9pt sans-serif; color: #333; }
  @bottom-right { content: PAGE " " counter(page) " / " counter(pages); font: 9pt sans-serif; color: #333; } }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 11.5pt;
  line-height: 1.45; color: #111; background: #fff; }
body { margin: 0 auto; max-width: 48rem; padding: 1rem; }
h1 { font-size: 1.75rem; margin: 0 0 .4rem; }
h2 { font-size: 1.3rem; margin: 1.4rem 0 .5rem; padding-bottom: .15rem; border-bottom: 2px solid #111;
  break-after: avoid; }
h3 { font-size: 1.08rem; margin: 1rem 0 .3rem; break-after: avoid; }
p, ul { margin: .3rem 0 .6rem; }
ul { padding-left: 1.3rem; }
li { margin: .15rem 0; }
table { width: 100%; border-collapse: collapse; break-inside: avoid; }
th, td { border: 1px solid #555; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #eee; font-weight: bold; width: 32%; }
table.meta th, table.meta td { padding: .15rem .5rem; }
table.meta th, table.fill th { width: 38%; }
.law { display: block; margin-top: .2rem; font-size: .92rem; color: #333; }
.summary ul { margin-top: .1rem; }
.summary li { margin: .05rem 0; }
.questions { break-before: page; }
.intro { font-size: 1.02rem; }
table.fill td { height: 1.15cm; }
.verdict { font-weight: bold; font-size: 1.08rem; padding: .5rem .7rem; border-left: 6px solid #111; }
.verdict.gaps { border-color: #a4000f; background: #fff0f0; }
.verdict.ok { border-color: #1b5e20; background: #eef7ee; }
.note { padding: .4rem .6rem; border: 1px solid #8a5a00; background: #fff8e6; }
.tag { display: inline-block; font-weight: bold; padding: 0 .35rem; border: 1.5px solid currentColor;
  border-radius: 3px; margin-right: .3rem; }
.tag.missing { color: #a4000f; } .tag.incomplete { color: #7a4a00; } .tag.unclear { color: #5b2a86; }
.gap { break-inside: avoid; margin-bottom: 1rem; }
.question td { font-weight: bold; }
.lines td { padding-top: 0; }
.line { height: .95cm; border-bottom: 1px solid #777; }
.deadline { font-weight: bold; padding: .5rem .7rem; border: 2px solid #111; }
.rights { break-inside: avoid; }
.disclaimer { margin-top: 1.2rem; font-size: .95rem; color: #333; border-top: 1px solid #999; padding-top: .4rem; }
.document + .document { break-before: page; margin-top: 2rem; }
@media print {
  body { max-width: none; padding: 0; }
  .document + .document { margin-top: 0; }
  .questions { margin-top: 0; }
  .verdict, .note, th, .tag { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""


def render(report: Report, ruleset: RuleSet, settings: Settings) -> str:
    content = build_form(report)
    t = content.t
    body = "\n".join(_section(s, content) for s in content.sections)
    css = CSS.replace("TITLE", _css_string(t["title"])).replace("PAGE", _css_string(t["page"]))
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(content.lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(t['title'])}</title>\n<style>{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def _section(s: Section, content: FormContent) -> str:
    t = content.t
    out = [
        '<section class="document">',
        _el("h1", t["title"]),
        _el("p", t["intro"], "intro"),
        _el("h2", t["about"]),
        _rows(s.meta),
    ]
    if s.error:
        out += [_el("p", s.error, "note"), _footer(content)]
    else:
        out += [
            _el("h2", t["fill_in"]),
            _rows([(t[k], "") for k in ("fill_child", "fill_school", "fill_date", "fill_present")], "fill"),
            *(_el("p", n, "note") for n in s.notes),
            *_summary(s, t),
            *_rights(s, t),
            _footer(content),
            _el("h2", t["questions"], "questions"),
            _el("p", t["questions_intro"] if s.gaps else t["no_questions"]),
            *(_gap(g, t) for g in s.gaps),
            '<section class="gap">',
            _el("h2", t["agreements"]),
            _el("p", t["agreements_intro"]),
            '<div class="lines">' + '<div class="line"></div>' * AGREEMENT_LINES + "</div></section>",
        ]
    out.append("</section>")
    return "\n".join(out)


def _summary(s: Section, t: dict) -> list[str]:
    out = [
        _el("h2", t["summary"]),
        _el("p", s.verdict, "verdict " + ("gaps" if s.must_gaps else "ok")),
        *(_el("p", c) for c in s.counts),
        '<div class="summary">',
    ]
    for heading, gaps in ((t["must_gaps"], s.must_gaps), (t["should_gaps"], s.should_gaps)):
        out += [_el("h3", heading), _list([f"{escape(g.heading)} {_tag(g, g.status_text)}" for g in gaps], t["none"])]
    out += [_el("h3", t["in_order"]), _list([escape(x) for x in s.in_order], t["none"])]
    if s.not_needed:
        out += [_el("h3", t["not_needed"]), _list([escape(x) for x in s.not_needed], t["none"])]
    return [*out, "</div>"]


def _rights(s: Section, t: dict) -> list[str]:
    return [
        '<section class="rights">',
        _el("h2", t["rights"]),
        _list([escape(x) for x in t["rights_points"]]),
        _el("h3", t["help"]),
        _list([escape(x) for x in t["help_points"]]),
        _el("p", s.deadline, "deadline"),
        *([_el("h3", t["advice"]), _list([escape(x) for x in s.advice])] if s.advice else []),
        "</section>",
    ]


def _gap(g: Gap, t: dict) -> str:
    answer = '<div class="line"></div>' * ANSWER_LINES
    asks = f'{escape(g.why)}<span class="law">{escape(g.law)}</span>'
    rows = [
        (t["asks"], asks, ""),
        (t["plan_says"], escape(g.plan_says), ""),
        (t["question"], escape(g.question), "question"),
        (t["answer"], answer, "lines"),
    ]
    cells = "".join(
        f'<tr class="{cls}"><th scope="row">{escape(label)}</th><td>{html}</td></tr>' for label, html, cls in rows
    )
    return "\n".join(
        [
            '<section class="gap">',
            _el("h3", g.heading),
            f"<p>{_tag(g, g.status_line)}</p>",
            f"<table>{cells}</table>",
            "</section>",
        ]
    )


def _el(tag: str, text: str, cls: str = "") -> str:
    attr = f' class="{escape(cls)}"' if cls else ""
    return f"<{tag}{attr}>{escape(text)}</{tag}>"


def _tag(g: Gap, text: str) -> str:
    return f'<span class="tag {escape(g.status)}">{escape(text)}</span>'


def _rows(rows: list[tuple[str, str]], cls: str = "meta") -> str:
    cells = "".join(f'<tr><th scope="row">{escape(k)}</th><td>{escape(v)}</td></tr>' for k, v in rows)
    return f'<table class="{cls}">{cells}</table>'


def _list(items: list[str], empty: str = "") -> str:
    """A bullet list of items that are already HTML (escaped), or `empty` when there are none."""
    if not items:
        return f"<p>{escape(empty)}</p>"
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _css_string(text: str) -> str:
    """`text` as a CSS string literal that cannot end the string or the style element."""
    return '"' + "".join(ch if ch.isalnum() or ch in " .,-" else f"\\{ord(ch):x} " for ch in text) + '"'


def _footer(content: FormContent) -> str:
    return f'<footer><p class="disclaimer">{escape(content.disclaimer)}</p></footer>'
