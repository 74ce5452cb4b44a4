"""The page: upload a plan, see the report, download the meeting form and the letter.

Every request passes `Guard` first: the Host header must be this computer's address and port (no
DNS rebinding), the secret token must come with it (in the address of every page and link, and in
a hidden field of the upload form; no cookie, since a browser sends cookies for 127.0.0.1 to every
port, including another user's server), and a POST must come from this page (Origin and
Sec-Fetch-Site, on top of the token). The upload is checked in a forked, limited child
(`isolation.run_limited`) from a private temporary folder that is removed before the answer is sent;
only the findings are kept in memory, for the downloads, until the server stops. Nothing about a
plan is logged. The HTML has no scripts and no outside resources; its one style sheet comes from here.
"""

from __future__ import annotations

import hmac
import os
import re
import secrets
import shutil
import tempfile
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from html import escape
from importlib import resources

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from ..findings import DOC_ERROR, Report
from ..i18n import message
from ..ruleset import RuleSet
from ..settings import Settings

KEPT_REPORTS = 5  # results kept in memory for their downloads; older ones are dropped
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",  # "no-referrer" would make Chromium send "Origin: null" on our own POST
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
DOWNLOADS = {  # name in the URL -> (reporter module, file name, media type)
    "gesprek.docx": (
        "oppcheck.report.form_docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "gesprek.html": ("oppcheck.report.form_html", "text/html; charset=utf-8"),
    "brief.docx": (
        "oppcheck.report.letter_docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "brief.txt": ("oppcheck.report.letter_text", "text/plain; charset=utf-8"),
}
ACCEPTED = (".pdf", ".docx", ".odt", ".txt", ".md", ".png", ".jpg", ".jpeg", ".tif", ".tiff")


@dataclass
class State:
    """What the server keeps between requests: the token, the warm rule set, recent results."""

    token: str
    port: int
    ruleset: RuleSet
    settings: Settings
    reports: OrderedDict = field(default_factory=OrderedDict)
    lock: threading.Lock = field(default_factory=threading.Lock)  # guards `reports`
    checking: threading.Lock = field(default_factory=threading.Lock)  # one check at a time

    def hosts(self) -> tuple[str, ...]:
        return (f"127.0.0.1:{self.port}", f"localhost:{self.port}")

    def origins(self) -> tuple[str, ...]:
        return tuple(f"http://{h}" for h in self.hosts())


def create_app(state: State) -> Starlette:
    from functools import partial

    routes = [
        Route("/", partial(_index, state=state), methods=["GET"]),
        Route("/check", partial(_check, state=state), methods=["POST"]),
        Route("/download/{rid}/{name}", partial(_download, state=state), methods=["GET"]),
        Route("/style.css", _style, methods=["GET"]),
    ]
    app = Starlette(routes=routes, exception_handlers={404: _not_found, 405: _not_found})
    app.add_middleware(Guard, state=state)
    return app


class Guard:
    """ASGI middleware: the host, token and same-origin checks of every request, and the safety
    headers on every answer."""

    def __init__(self, app, state: State) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(msg) -> None:
            if msg["type"] == "http.response.start":
                msg["headers"] = [
                    *msg.get("headers", []),
                    *((k.lower().encode(), v.encode()) for k, v in HEADERS.items()),
                ]
            await send(msg)

        request = Request(scope)
        refusal = self._refusal(request, _lang(request))
        await (refusal or self.app)(scope, receive, with_headers)

    def _refusal(self, request: Request, lang: str) -> Response | None:
        state = self.state
        if request.headers.get("host", "") not in state.hosts():
            return _page_response(_note(message("web.bad_host", lang), lang), lang, status=400)
        if request.method == "POST":
            origin = request.headers.get("origin")
            site = request.headers.get("sec-fetch-site")
            if (origin is not None and origin not in state.origins()) or site not in (None, "same-origin", "none"):
                return _page_response(_note(message("web.cross_site", lang), lang), lang, status=403)
        if request.url.path == "/style.css":
            return None  # the style sheet holds nothing private; a refusal page needs it too
        if not _same(request.query_params.get("token", ""), state.token):
            return _page_response(_note(message("web.forbidden", lang), lang), lang, status=403)
        return None


def _same(given: str, token: str) -> bool:
    return hmac.compare_digest(given.encode(), token.encode())


def _lang(request: Request) -> str:
    return "en" if request.query_params.get("lang") == "en" else "nl"


async def _index(request: Request, state: State) -> Response:
    lang = _lang(request)
    return _page_response(_upload_form(state, lang), lang, state.token)


async def _check(request: Request, state: State) -> Response:
    from starlette.concurrency import run_in_threadpool

    limit = state.settings.max_size_mb
    length = request.headers.get("content-length")
    lang = _lang(request)
    if length is None or not length.isdigit() or int(length) > limit * 1024 * 1024 + 16384:  # room for the form fields
        note = _note(message("web.too_large", lang, limit=_number(limit)), lang, state.token)
        return _page_response(note, lang, state.token, 413)
    async with request.form(max_files=1, max_fields=4) as form:
        lang = "en" if form.get("lang") == "en" else "nl"
        if not _same(str(form.get("token", "")), state.token):
            return _page_response(_note(message("web.cross_site", lang), lang), lang, status=403)
        upload = form.get("plan")
        if upload is None or isinstance(upload, str) or not upload.filename:
            return _page_response(_upload_form(state, lang, error=message("web.no_file", lang)), lang, state.token, 400)
        name = _display_name(upload.filename)
        data = await upload.read()
    report = await run_in_threadpool(_check_bytes, state, data, name, lang)
    del data
    rid = secrets.token_urlsafe(16)
    with state.lock:
        state.reports[rid] = report
        while len(state.reports) > KEPT_REPORTS:
            state.reports.popitem(last=False)
    return _page_response(_report_page(report, rid, state, lang), lang, state.token)


def _check_bytes(state: State, data: bytes, name: str, lang: str) -> Report:
    """Check one uploaded plan: written to a private temporary folder (removed before this returns),
    read and checked in a limited child process, one check at a time."""
    from dataclasses import replace

    from .. import __version__
    from ..errors import OppcheckError
    from ..isolation import run_limited
    from ..pipeline import check_one, error_result

    settings = replace(state.settings, lang=lang)
    report = Report(
        version=__version__, ruleset_name=state.ruleset.name, ruleset_version=state.ruleset.version, lang=lang
    )
    folder = tempfile.mkdtemp(prefix="oppcheck-web-")  # mode 0700: only this user
    suffix = os.path.splitext(name)[1].lower()
    path = os.path.join(folder, "plan" + (suffix if suffix in ACCEPTED else ""))
    try:
        if len(data) > settings.max_size_mb * 1024 * 1024:
            raise OppcheckError("too_large", size=_number(len(data) / 1048576), limit=_number(settings.max_size_mb))
        with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as fh:
            fh.write(data)
        with state.checking:
            result = run_limited(
                check_one,
                (path, state.ruleset, settings),
                timeout=settings.timeout,
                max_memory_mb=settings.max_memory_mb,
            )
    except OppcheckError as exc:
        result = error_result(path, exc, settings)
        result.error = (result.error or "").replace(path, name)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    result.path = name
    result.sha256 = None
    report.documents.append(result)
    return report


async def _download(request: Request, state: State) -> Response:
    from importlib import import_module

    name = request.path_params["name"]
    with state.lock:
        report = state.reports.get(request.path_params["rid"])
    lang = _lang(request)
    if name not in DOWNLOADS:
        return _page_response(_note(message("web.not_found", lang), lang, state.token), lang, state.token, 404)
    if report is None:
        return _page_response(_note(message("web.gone", lang), lang, state.token), lang, state.token, 404)
    module, media = DOWNLOADS[name]
    body = import_module(module).render(report, state.ruleset, state.settings)
    return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})


async def _not_found(request: Request, exc: Exception) -> Response:
    lang = _lang(request)  # the Guard let it through: the token came with it
    token = request.query_params.get("token")
    return _page_response(_note(message("web.not_found", lang), lang, token), lang, token, 404)


async def _style(request: Request) -> Response:
    css = resources.files("oppcheck.web").joinpath("style.css").read_text(encoding="utf-8")
    return Response(css, media_type="text/css; charset=utf-8", headers={"Cache-Control": "no-store"})


def _display_name(filename: str) -> str:
    """The plan's file name as the parent knows it: no folders, no control characters, not too long."""
    name = re.split(r"[\\/]", filename)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip() or "plan"
    return name if len(name) <= 120 else name[:80] + "…" + name[-30:]


def _number(value: float) -> str:
    return f"{value:.0f}" if value >= 10 else (f"{value:.2f}".rstrip("0").rstrip(".") or "0")


# --- HTML -----------------------------------------------------------------------------------------


def _page_response(body: str, lang: str, token: str | None = None, status: int = 200) -> Response:
    """A whole page around `body` (HTML); its links carry `token` (none on a refusal)."""
    return HTMLResponse(_page(body, lang, token), status_code=status)


def _note(text: str, lang: str, token: str | None = None) -> str:
    """A sentence for the parent as an alert, with a link back to the start for one who has the token."""
    return f'<p class="note" role="alert">{escape(text)}{_again(lang, token) if token else ""}</p>'


def _q(token: str | None, lang: str) -> str:
    """The query of an internal link: the token (when known) and the language."""
    return f"?token={escape(token)}&amp;lang={lang}" if token else f"?lang={lang}"


def _page(body: str, lang: str, token: str | None) -> str:
    other = "nl" if lang == "en" else "en"
    switch = (
        f'<a class="lang" href="/{_q(token, other)}" lang="{other}">{escape(message("web.other_language", lang))}</a>'
        if token
        else ""
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(message('web.title', lang))}</title>\n"
        f'<link rel="stylesheet" href="/style.css">\n</head>\n<body>\n'
        f'<header><p class="brand">{escape(message("web.title", lang))}</p>{switch}'
        f'</header>\n<main id="main">\n{body}\n</main>\n'
        f"<footer><p>{escape(message('terminal.disclaimer', lang))}</p></footer>\n</body>\n</html>\n"
    )


def _upload_form(state: State, lang: str, error: str = "") -> str:
    alert = f'<p class="note" role="alert" id="error">{escape(error)}</p>' if error else ""
    described = ' aria-describedby="drop error"' if error else ' aria-describedby="drop"'
    options = "".join(
        f'<option value="{code}"{" selected" if code == lang else ""}>{label}</option>'
        for code, label in (("nl", "Nederlands"), ("en", "English"))
    )
    return (
        f"<h1>{escape(message('web.title', lang))}</h1>\n"
        f'<p class="intro">{escape(message("web.intro", lang))}</p>\n{alert}'
        f'<form class="upload" method="post" action="/check{_q(state.token, lang)}" '
        f'enctype="multipart/form-data">\n'
        f'<input type="hidden" name="token" value="{escape(state.token)}">\n'
        f'<label for="plan">{escape(message("web.choose", lang))}</label>\n'
        f'<div class="drop"><p id="drop">{escape(message("web.drop", lang))}</p>\n'
        f'<input type="file" id="plan" name="plan" required{described} accept="{",".join(ACCEPTED)}"></div>\n'
        f'<label for="lang">{escape(message("web.language", lang))}</label>\n'
        f'<select id="lang" name="lang">{options}</select>\n'
        f'<button type="submit">{escape(message("web.submit", lang))}</button>\n</form>\n'
    )


def _again(lang: str, token: str) -> str:
    return f' <a href="/{_q(token, lang)}">{escape(message("web.again", lang))}</a>'


def _report_page(report: Report, rid: str, state: State, lang: str) -> str:
    """The report as the meeting form says it (verdict, gaps with questions, rights, the six weeks),
    from the same content (`form_content.build_form`), with the downloads."""
    from ..report.form_content import build_form

    content = build_form(report)
    t = content.t
    doc = report.documents[0]
    s = content.sections[0]
    out = [f"<h1>{escape(message('web.report_title', lang, name=doc.path))}</h1>"]
    if doc.status == DOC_ERROR:
        out.append(f'<p class="verdict gaps" role="alert">{escape(doc.error or "")}</p>')
        out.append(f'<p><a class="button" href="/{_q(state.token, lang)}">{escape(message("web.again", lang))}</a></p>')
        return "\n".join(out)
    ok = not s.must_gaps
    out.append(
        f'<p class="verdict {"ok" if ok else "gaps"}" role="status">{"✔" if ok else "✘"} {escape(s.verdict)}</p>'
    )
    out += [f'<p class="note">{escape(n)}</p>' for n in s.notes]
    out.append("<ul class='counts'>" + "".join(f"<li>{escape(c)}</li>" for c in s.counts) + "</ul>")
    out.append(_downloads(rid, lang, state.token))
    if s.gaps:
        out.append(f"<h2>{escape(message('web.attention', lang))}</h2>")
        for g in s.gaps:
            out.append(
                f'<section class="gap" aria-labelledby="gap-{g.number}">'
                f'<h3 id="gap-{g.number}">{escape(g.heading)} '
                f'<span class="tag {escape(g.status)}">{escape(g.status_line)}</span></h3>'
                f"<dl><dt>{escape(message('web.seen', lang))}</dt><dd>{escape(g.plan_says)}</dd>"
                f'<dt>{escape(message("web.question", lang))}</dt><dd class="question">{escape(g.question)}</dd>'
                f"<dt>{escape(message('web.why', lang))}</dt><dd>{escape(g.why)} "
                f'<span class="law">{escape(g.law)}</span></dd></dl></section>'
            )
    out.append(f"<h2>{escape(message('web.in_order', lang))}</h2>")
    out.append(_list(s.in_order, t["none"]))
    if s.not_needed:
        out.append(f"<h2>{escape(message('web.not_needed', lang))}</h2>" + _list(s.not_needed, t["none"]))
    out.append(f"<h2>{escape(t['rights'])}</h2>" + _list(t["rights_points"]))
    out.append(f'<p class="deadline">{escape(s.deadline)}</p>')
    if s.advice:
        out.append(f"<h3>{escape(t['advice'])}</h3>" + _list(s.advice))
    out.append(f"<h2>{escape(t['help'])}</h2>" + _list(t["help_points"]))
    out.append(
        f'<p class="again"><a class="button" href="/{_q(state.token, lang)}">'
        f"{escape(message('web.again', lang))}</a></p>"
    )
    return "\n".join(out)


def _downloads(rid: str, lang: str, token: str) -> str:
    links = [
        ("gesprek.docx", "web.form_docx"),
        ("gesprek.html", "web.form_html"),
        ("brief.docx", "web.letter_docx"),
        ("brief.txt", "web.letter_txt"),
    ]
    items = "".join(
        f'<li><a class="button" href="/download/{rid}/{name}{_q(token, lang)}" download="{name}">'
        f"{escape(message(key, lang))}</a></li>"
        for name, key in links
    )
    return (
        f'<section class="downloads" aria-labelledby="downloads"><h2 id="downloads">'
        f"{escape(message('web.downloads', lang))}</h2><p>{escape(message('web.downloads_intro', lang))}</p>"
        f"<ul>{items}</ul></section>"
    )


def _list(items: list[str], empty: str = "") -> str:
    if not items:
        return f"<p>{escape(empty)}</p>"
    return "<ul>" + "".join(f"<li>{escape(x)}</li>" for x in items) + "</ul>"
