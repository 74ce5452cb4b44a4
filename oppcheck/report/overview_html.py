"""`--format overview` (and `--output overzicht.html` for a folder): one self-contained web page.

One table with a row per document in order of urgency (see `overview`), sortable and filterable
when scripts run (also from the address: `?q=text&verdict=consent&school=Name&sort=plan_date&dir=desc`)
and already sorted when they do not; the totals per element under it; then per
plan the gaps with what oppcheck saw, the law and the question to ask. No outside resources: the
style and the script are inline, and the page's Content-Security-Policy allows exactly those two
(by hash) and nothing else, so it also opens under a strict policy and never loads anything.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from html import escape

from ..findings import GAPS, STATUSES, Report
from ..i18n import message
from ..ruleset import RuleSet
from ..settings import Settings
from .overview import COLUMNS, Row, column_title, rows, summary_counts, totals

ORDER = {"missing": 0, "incomplete": 1, "unclear": 2}
NUMERIC = {"urgency", "required_missing", "required_incomplete", "required_unclear"}

CSS = """
:root{--ink:#1b1b1b;--muted:#595959;--line:#c8c8c8;--bg:#fff;--head:#eef1f4;--t1:#b00020;--t2:#c25400;
--t3:#6a4c93;--t4:#5f6b7a;--t5:#1e7b34}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);
background:var(--bg);margin:0 auto;padding:1.2rem 1.5rem 3rem;max-width:1500px}
h1{font-size:1.5rem;margin:.2rem 0 .4rem}h2{font-size:1.2rem;margin:2rem 0 .5rem}h3{font-size:1.05rem;margin:0 0 .3rem}
p{margin:.3rem 0}.muted{color:var(--muted);font-size:.9rem}
.controls{display:flex;flex-wrap:wrap;gap:.6rem 1.2rem;align-items:center;margin:.8rem 0;padding:.5rem .7rem;
background:var(--head);border-radius:4px}
.controls[hidden]{display:none}
.controls input,.controls select{font:inherit;padding:.2rem .4rem}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--head);position:sticky;top:0;font-weight:600;white-space:nowrap}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
td.num{text-align:right;font-variant-numeric:tabular-nums}
td.path{overflow-wrap:anywhere;min-width:14rem}
tbody tr{border-left:6px solid transparent}
tr.tier-1{border-left-color:var(--t1)}tr.tier-2{border-left-color:var(--t2)}tr.tier-3{border-left-color:var(--t3)}
tr.tier-4{border-left-color:var(--t4)}tr.tier-5{border-left-color:var(--t5)}
.v{font-weight:600}.v-consent{color:var(--t1)}.v-gaps{color:var(--t2)}.v-unclear,.v-scanned,.v-error{color:var(--t3)}
.v-not_opp{color:var(--t4)}.v-complete{color:var(--t5)}
.s-missing{color:var(--t1)}.s-incomplete{color:var(--t2)}.s-unclear{color:var(--t3)}.s-present{color:var(--t5)}
.s-not_applicable{color:var(--muted)}
table.totals td,table.totals th{text-align:right}
table.totals td:first-child,table.totals th:first-child{text-align:left}
section.plan{border-top:2px solid var(--line);padding:.8rem 0 .4rem}
section.plan:target{background:#fff8d6}
ul.gaps{list-style:none;padding:0;margin:.4rem 0}
ul.gaps li{margin:.5rem 0;padding:.4rem .6rem;border-left:4px solid var(--line);background:#fafafa}
ul.gaps li.s-missing{border-left-color:var(--t1)}ul.gaps li.s-incomplete{border-left-color:var(--t2)}
ul.gaps li.s-unclear{border-left-color:var(--t3)}
ul.gaps li>*{color:var(--ink)}
.label{font-weight:600}
blockquote{margin:.2rem 0 .2rem 1rem;color:var(--muted)}
footer{margin-top:2rem;color:var(--muted);font-size:.85rem}
@page{size:A4 landscape;margin:12mm}
@media print{body{max-width:none;padding:0;font-size:8.5pt}.controls,.back{display:none}
td.path{min-width:0}th,td{padding:.2rem .3rem}thead th{white-space:normal}
thead{display:table-header-group}thead th{position:static}tr,section.plan li{break-inside:avoid}
section.plan{break-inside:auto}a{color:inherit;text-decoration:none}}
"""

JS = """
(function(){
var table=document.getElementById("overview");if(!table)return;
var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows),heads=table.tHead.rows[0].cells;
var q=document.getElementById("q"),tier=document.getElementById("tier"),school=document.getElementById("school"),
shown=document.getElementById("shown");
document.getElementById("controls").hidden=false;
function key(row,i){var c=row.cells[i];var v=c.getAttribute("data-sort");return v===null?c.textContent.trim():v;}
function sortBy(i,numeric,dir){
 rows.sort(function(a,b){var x=key(a,i),y=key(b,i),r;
  if(numeric){x=x===""?Infinity:parseFloat(x);y=y===""?Infinity:parseFloat(y);r=x<y?-1:x>y?1:0;}
  else{r=x.localeCompare(y,document.documentElement.lang,{numeric:true,sensitivity:"base"});}
  if(r===0){r=parseFloat(key(a,0))-parseFloat(key(b,0));return r;}
  return dir*r;});
 rows.forEach(function(r){body.appendChild(r);});
}
Array.prototype.forEach.call(heads,function(th,i){
 var b=th.querySelector("button");if(!b)return;
 b.addEventListener("click",function(){
  var dir=th.getAttribute("aria-sort")==="ascending"?-1:1;
  Array.prototype.forEach.call(heads,function(h){h.removeAttribute("aria-sort");});
  th.setAttribute("aria-sort",dir===1?"ascending":"descending");
  sortBy(i,th.getAttribute("data-type")==="number",dir);});
});
function filter(){
 var text=q.value.trim().toLowerCase(),t=tier.value,s=school.value,n=0;
 rows.forEach(function(r){var ok=(!t||r.getAttribute("data-verdict")===t)&&
  (!s||r.getAttribute("data-school")===s)&&(!text||r.textContent.toLowerCase().indexOf(text)>=0);
  r.hidden=!ok;if(ok)n++;});
 shown.textContent=shown.getAttribute("data-template").replace("{shown}",n).replace("{total}",rows.length);
}
q.addEventListener("input",filter);tier.addEventListener("change",filter);school.addEventListener("change",filter);
var params=new URLSearchParams(location.search);
q.value=params.get("q")||"";tier.value=params.get("verdict")||"";school.value=params.get("school")||"";
var col=params.get("sort");
Array.prototype.forEach.call(heads,function(th){if(col&&th.getAttribute("data-col")===col){
 th.querySelector("button").click();if(params.get("dir")==="desc")th.querySelector("button").click();}});
filter();
})();
"""


def render(report: Report, ruleset: RuleSet, settings: Settings) -> str:
    lang = report.lang
    table = rows(report)
    counts = summary_counts(table)
    ids = [r.id for r in ruleset.rules]
    parts = [
        f'<!DOCTYPE html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{_policy()}">\n',
        '<meta name="referrer" content="no-referrer">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f"<title>{escape(message('overview.page_title', lang))}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        "<header>\n",
        f"<h1>{escape(message('overview.page_title', lang))}</h1>\n",
        f"<p>{escape(message('overview.intro', lang, **counts))}</p>\n",
        f"<p>{escape(message('overview.summary_plans', lang, **counts))}</p>\n",
        f'<p class="muted">{escape(_generated(report, lang))}</p>\n</header>\n',
        _controls(table, lang),
        _table(table, lang),
        f'<p class="muted">{escape(message("overview.counts_note", lang))}</p>\n',
        _totals(table, ids, counts["plans"], lang),
        f"<h2>{escape(message('overview.details_title', lang))}</h2>\n",
        *(_details(row, lang) for row in table),
        f"<footer>{escape(message('terminal.disclaimer', lang))}</footer>\n",
        f"<script>{JS}</script>\n</body>\n</html>\n",
    ]
    return "".join(parts)


def _policy() -> str:
    """Nothing may load; only this page's own style and script may run (by their hash)."""
    return (
        f"default-src 'none'; style-src '{_hash(CSS)}'; script-src '{_hash(JS)}'; img-src 'none'; "
        "form-action 'none'; base-uri 'none'"
    )


def _hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _generated(report: Report, lang: str) -> str:
    return message(
        "overview.generated",
        lang,
        version=report.version,
        ruleset=report.ruleset_name,
        ruleset_version=report.ruleset_version,
        date=dt.date.today().strftime("%d-%m-%Y"),
    )


def _controls(table: list[Row], lang: str) -> str:
    verdicts = list(dict.fromkeys(r.verdict for r in table))
    options = "".join(
        f'<option value="{v}">{escape(message(f"overview.verdict_{v}", lang))}</option>' for v in verdicts
    )
    schools = sorted({r.doc.school for r in table if r.doc.school}, key=str.casefold)
    school_options = "".join(f"<option>{escape(name)}</option>" for name in schools)
    template = escape(message("overview.shown", lang, shown="{shown}", total="{total}"))
    return (
        '<div id="controls" class="controls" hidden>\n'
        f"<label>{escape(message('overview.filter', lang))} "
        '<input id="q" type="search" autocomplete="off"></label>\n'
        f'<label>{escape(message("overview.filter_tier", lang))} <select id="tier"><option value="">'
        f"{escape(message('overview.filter_all', lang))}</option>{options}</select></label>\n"
        f'<label>{escape(column_title("school", lang))} <select id="school"><option value="">'
        f"{escape(message('overview.filter_all', lang))}</option>{school_options}</select></label>\n"
        f'<span id="shown" data-template="{template}"></span>\n'
        f'<span class="muted">{escape(message("overview.sort_hint", lang))}</span>\n</div>\n'
    )


def _table(table: list[Row], lang: str) -> str:
    number, ascending = ' data-type="number"', ' aria-sort="ascending"'
    heads = "".join(
        f'<th scope="col" data-col="{c}"{number if c in NUMERIC else ""}{ascending if c == "urgency" else ""}>'
        f'<button type="button">{escape(column_title(c, lang))}</button></th>'
        for c in COLUMNS
    )
    body = []
    for row in table:
        texts = row.texts(lang)
        cells = []
        for c in COLUMNS:
            text = escape(texts[c])
            if c == "path":
                cells.append(f'<td class="path"><a href="#{row.anchor}">{text}</a></td>')
            elif c in NUMERIC:
                cells.append(f'<td class="num">{text}</td>')
            elif c == "plan_date":
                cells.append(f'<td data-sort="{escape(row.doc.vaststelling or "")}">{text}</td>')
            elif c == "verdict":
                cells.append(f'<td class="v v-{row.verdict}">{text}</td>')
            elif c == "consent":
                cells.append(f'<td class="s-{row.consent}">{text}</td>' if row.consent else "<td></td>")
            else:
                cells.append(f"<td>{text}</td>")
        body.append(
            f'<tr class="tier-{row.tier}" data-verdict="{row.verdict}" '
            f'data-school="{escape(row.doc.school or "")}">{"".join(cells)}</tr>\n'
        )
    return f'<table id="overview">\n<thead><tr>{heads}</tr></thead>\n<tbody>\n{"".join(body)}</tbody>\n</table>\n'


def _totals(table: list[Row], ids: list[str], plans: int, lang: str) -> str:
    found = {t.id: t for t in totals(table)}
    statuses = list(STATUSES)
    heads = "".join(f'<th scope="col">{escape(message(f"status.{s}", lang))}</th>' for s in statuses)
    lines = []
    for element_id in [i for i in ids if i in found] + [i for i in found if i not in ids]:
        t = found[element_id]
        cells = "".join(f'<td class="s-{s}">{t.counts[s]}</td>' if t.counts[s] else "<td>0</td>" for s in statuses)
        lines.append(f'<tr><th scope="row">{escape(t.title)}</th><td>{t.required}</td>{cells}</tr>\n')
    return (
        f"<h2>{escape(message('overview.totals_title', lang))}</h2>\n"
        f'<p class="muted">{escape(message("overview.totals_intro", lang, plans=plans))}</p>\n'
        f'<table class="totals">\n<thead><tr><th scope="col">{escape(column_title("element", lang))}</th>'
        f'<th scope="col">{escape(column_title("required", lang))}</th>{heads}</tr></thead>\n'
        f"<tbody>\n{''.join(lines)}</tbody>\n</table>\n"
    )


def _details(row: Row, lang: str) -> str:
    doc = row.doc
    texts = row.texts(lang)
    meta = [texts["verdict"]]
    meta += [v for v in (texts["school"], texts["school_type"], texts["plan_date"]) if v]
    out = [
        f'<section class="plan" id="{row.anchor}">\n<h3>{row.urgency}. {escape(row.path)}</h3>\n',
        f'<p class="muted">{escape(" · ".join(meta))}</p>\n',
    ]
    if row.kind == "error":
        out.append(f"<p>{escape(doc.error or '')}</p>\n")
    elif row.kind == "not_opp":
        out.append(f"<p>{escape(doc.elements[0].message)}</p>\n")  # why: no OPP, a leaflet, another document
    else:
        if doc.unread_pages:
            pages = ", ".join(map(str, doc.unread_pages))
            out.append(f"<p>{escape(message('terminal.unread', lang, pages=pages))}</p>\n")
        gaps = sorted(
            (e for e in doc.elements if e.status in GAPS), key=lambda e: (not e.required, ORDER.get(e.status, 9))
        )
        if not gaps:
            out.append(f"<p>{escape(message('overview.details_none', lang))}</p>\n")
        else:
            out.append('<ul class="gaps">\n')
            out.extend(_gap(e, lang) for e in gaps)
            out.append("</ul>\n")
    out.append(
        f'<p class="back"><a href="#overview">{escape(message("overview.to_table", lang))}</a></p>\n</section>\n'
    )
    return "".join(out)


def _gap(e, lang: str) -> str:
    level = message("level.must" if e.required else "level.should", lang)
    parts = [
        f'<li class="s-{e.status}"><p><span class="s-{e.status} label">'
        f'{escape(message(f"status.{e.status}", lang))}</span>: <span class="label">{escape(e.title)}</span>'
        f' <span class="muted">({escape(level)})</span></p>\n',
        f"<p>{escape(e.message)}</p>\n",
    ]
    for ev in e.evidence:
        where = ", ".join(
            x
            for x in (
                message("overview.page", lang, page=ev.page) if ev.page is not None else "",
                f"'{ev.section}'" if ev.section else "",
            )
            if x
        )
        if where or ev.quote:
            quote = f"<blockquote>{escape(ev.quote)}</blockquote>" if ev.quote else ""
            parts.append(
                f'<p><span class="label">{escape(message("overview.evidence", lang))}:</span> '
                f"{escape(where)}</p>{quote}\n"
            )
    if e.law:
        parts.append(f'<p class="muted">{escape(message("overview.law", lang))}: {escape(e.law)}</p>\n')
    if e.question:
        parts.append(
            f'<p><span class="label">{escape(message("overview.question", lang))}:</span> {escape(e.question)}</p>\n'
        )
    parts.append("</li>\n")
    return "".join(parts)
