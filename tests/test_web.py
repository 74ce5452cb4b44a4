"""`oppcheck web` as a parent uses it, in Debian's Chromium (Playwright driving the system browser, never
a downloaded one): open the printed address, upload a plan, read the report, download the form and the
letter. And as an attacker would try it: a wrong token, a foreign Host header (DNS rebinding) and a
cross-site POST are refused."""

from __future__ import annotations

import http.client
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
INCOMPLETE = ROOT / "examples" / "opp-onvolledig.docx"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]


@pytest.fixture(scope="module")
def server():
    """`oppcheck web --no-browser` in its own process: (address from its first line, process)."""
    proc = subprocess.Popen([sys.executable, "-m", "oppcheck", "web", "--no-browser"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    first = proc.stdout.readline().strip()
    second = proc.stdout.readline()
    try:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/\?token=[\w-]{40,}", first), first
        assert "Ctrl-C" in second
        yield first, proc
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == 0, err
        assert "gestopt" in out
        assert "opp-onvolledig" not in out + err  # nothing about a plan in the output or a log


def request(address: str, method: str, path: str, headers: dict, body: bytes = b"") -> tuple[int, str]:
    parts = urlsplit(address)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    text = response.read().decode("utf-8", "replace")
    conn.close()
    return response.status, text


def token_of(address: str) -> str:
    return urlsplit(address).query.split("&")[0].split("=", 1)[1]


def multipart(fields: dict[str, str], file: tuple[str, bytes] | None) -> tuple[str, bytes]:
    boundary = uuid.uuid4().hex
    out = b""
    for name, value in fields.items():
        out += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
    if file:
        out += (f'--{boundary}\r\nContent-Disposition: form-data; name="plan"; filename="{file[0]}"\r\n'
                f"Content-Type: application/octet-stream\r\n\r\n").encode() + file[1] + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return f"multipart/form-data; boundary={boundary}", out


def test_a_wrong_or_missing_token_is_refused(server):
    address, _ = server
    netloc = urlsplit(address).netloc
    token = token_of(address)
    for path in ("/?token=verkeerd", "/", "/download/x/gesprek.docx", "/bestaat-niet", "/?token="):
        status, text = request(address, "GET", path, {"Host": netloc})
        assert status == 403 and "het adres dat oppcheck liet zien" in text
        assert token not in text  # a refusal hands out nothing
    # a cookie is no way in (a browser sends cookies for 127.0.0.1 to every port, another user's too)
    status, _ = request(address, "GET", "/", {"Host": netloc, "Cookie": f"oppcheck_token={token}"})
    assert status == 403
    for path in ("/bestaat-niet", "/download/onbekend/gesprek.docx", "/download/x/iets.exe"):
        status, text = request(address, "GET", f"{path}?token={token}", {"Host": netloc})
        assert status == 404 and ("bestaat niet" in text or "niet meer bewaard" in text), path


def test_a_foreign_host_header_is_refused(server):
    address, _ = server
    parts = urlsplit(address)
    for host in (f"evil.example:{parts.port}", "127.0.0.1", f"127.0.0.1.nip.io:{parts.port}"):
        status, text = request(address, "GET", f"/?{parts.query}", {"Host": host})
        assert status == 400 and "alleen te openen op deze computer" in text
        assert token_of(address) not in text
    status, _ = request(address, "GET", f"/?{parts.query}", {"Host": f"localhost:{parts.port}"})
    assert status == 200


def test_a_cross_site_post_is_refused(server):
    address, _ = server
    parts = urlsplit(address)
    token = token_of(address)
    plan = ("plan.docx", INCOMPLETE.read_bytes())
    base = {"Host": parts.netloc}
    path = f"/check?token={token}"
    kind, body = multipart({"token": token, "lang": "nl"}, plan)
    for extra in ({"Origin": "http://evil.example"}, {"Sec-Fetch-Site": "cross-site"},
                  {"Origin": "null"}, {"Sec-Fetch-Site": "same-site"}):
        status, text = request(address, "POST", path, {**base, **extra, "Content-Type": kind}, body)
        assert status == 403 and "is geweigerd" in text, extra
    bare_kind, no_token = multipart({"lang": "nl"}, plan)  # the token in the address alone is not enough
    status, _ = request(address, "POST", path, {**base, "Content-Type": bare_kind}, no_token)
    assert status == 403
    status, _ = request(address, "POST", "/check", {**base, "Content-Type": kind}, body)
    assert status == 403  # the hidden field alone is not enough either
    # the same request from the page itself is answered
    status, text = request(address, "POST", path, {**base, "Origin": f"http://{parts.netloc}",
                                                   "Sec-Fetch-Site": "same-origin", "Content-Type": kind}, body)
    assert status == 200 and "Uitslag voor plan.docx" in text


def test_pages_are_strict_and_self_contained(server):
    address, _ = server
    parts = urlsplit(address)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    conn.request("GET", f"/?{parts.query}", headers={"Host": parts.netloc})
    response = conn.getresponse()
    html = response.read().decode()
    csp = response.getheader("Content-Security-Policy")
    assert "default-src 'none'" in csp and "script-src" not in csp and "frame-ancestors 'none'" in csp
    assert response.getheader("Cache-Control") == "no-store" and response.getheader("Set-Cookie") is None
    assert "<script" not in html and "http://" not in html and "https://" not in html
    assert '<form class="upload" method="post"' in html and 'enctype="multipart/form-data"' in html
    assert '<label for="plan">' in html and '<html lang="nl">' in html


def test_an_upload_leaves_nothing_behind(server, tmp_path):
    address, proc = server
    parts = urlsplit(address)
    token = token_of(address)
    temp = tempfile.gettempdir()
    before = set(os.listdir(temp))
    kind, body = multipart({"token": token, "lang": "en"}, ("opp-onvolledig.docx", INCOMPLETE.read_bytes()))
    status, text = request(address, "POST", f"/check?token={token}", {"Host": parts.netloc, "Content-Type": kind},
                           body)
    assert status == 200 and "Result for opp-onvolledig.docx" in text
    left = {name for name in set(os.listdir(temp)) - before if name.startswith("oppcheck-web-")}
    assert not left


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian: apt install chromium)")
def test_a_parent_checks_a_plan_and_downloads_the_form_and_the_letter(server, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
    address, _ = server
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            context = browser.new_context(accept_downloads=True)
            page = context.new_page()
            page.goto(address)
            assert page.get_by_role("heading", level=1).inner_text() == "OPP-check"
            focused = []  # the keyboard reaches every control, in reading order
            for _ in range(4):
                page.keyboard.press("Tab")
                focused.append(page.evaluate("document.activeElement.tagName + '#' + document.activeElement.id"))
            assert focused == ["A#", "INPUT#plan", "SELECT#lang", "BUTTON#"], focused
            page.get_by_label("Het plan").set_input_files(str(INCOMPLETE))
            page.get_by_role("button", name="Controleer het plan").click()
            page.wait_for_selector("text=Uitslag voor opp-onvolledig.docx")
            text = page.inner_text("main")
            assert "4 van de 11 verplichte onderdelen zijn niet in orde" in text
            assert "Hoe is mijn kind zelf gehoord" in text  # a gap's question
            assert "Uw rechten" in text and "Geschillencommissie passend onderwijs" in text  # rights, six weeks
            page.emulate_media(media="print")  # printable: the report without the buttons
            assert page.locator(".downloads").is_hidden() and page.locator(".gap").first.is_visible()
            page.emulate_media(media="screen")
            files = {}
            for label, name in (("Gespreksformulier (Word)", "gesprek.docx"),
                                ("Gespreksformulier (om te printen)", "gesprek.html"),
                                ("Brief aan school (Word)", "brief.docx"),
                                ("Brief aan school (tekst voor e-mail)", "brief.txt")):
                with page.expect_download() as info:
                    page.get_by_role("link", name=label).click()
                download = info.value
                assert download.suggested_filename == name
                files[name] = tmp_path / name
                download.save_as(files[name])
            assert files["gesprek.docx"].read_bytes()[:2] == b"PK"
            form = files["gesprek.html"].read_text("utf-8")
            assert "Gespreksformulier OPP" in form and "opp-onvolledig.docx" in form and "/tmp" not in form
            letter = files["brief.txt"].read_text("utf-8")
            assert "Document: opp-onvolledig.docx" in letter and "Inbreng van de leerling" in letter
            # English, from the page's own link
            page.get_by_role("link", name="English").click()
            page.get_by_label("The plan").set_input_files(str(INCOMPLETE))
            page.get_by_role("button", name="Check the plan").click()
            page.wait_for_selector("text=Result for opp-onvolledig.docx")
            assert "What needs attention" in page.inner_text("main")
            # a wrong token in a fresh browser: refused, and no way in
            fresh = browser.new_context()
            other = fresh.new_page()
            response = other.goto(address.split("?")[0] + "?token=verkeerd")
            assert response.status == 403 and "het adres dat oppcheck liet zien" in other.inner_text("main")
        finally:
            browser.close()


def test_size_limit_and_a_missing_file_get_a_sentence(tmp_path):
    (tmp_path / "oppcheck.yaml").write_text("max_size: 0.01\n", encoding="utf-8")  # 10 kB
    proc = subprocess.Popen([sys.executable, "-m", "oppcheck", "web", "--no-browser", "--lang", "en"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        address = proc.stdout.readline().strip()
        assert address.endswith("&lang=en")
        parts = urlsplit(address)
        token = token_of(address)
        headers = {"Host": parts.netloc}
        big = INCOMPLETE.read_bytes() * 2  # over 10 kB and the room for the form's fields
        kind, body = multipart({"token": token, "lang": "nl"}, ("groot.docx", big))
        status, text = request(address, "POST", f"/check?token={token}", {**headers, "Content-Type": kind}, body)
        assert status == 413 and "Het bestand is te groot (de grens is 0.01 MB)." in text
        kind, body = multipart({"token": token, "lang": "nl"}, ("klein.docx", big[:12000]))  # under the room
        status, text = request(address, "POST", f"/check?token={token}", {**headers, "Content-Type": kind}, body)
        assert status == 200 and "Het bestand is te groot" in text  # the check's own limit
        kind, body = multipart({"token": token, "lang": "nl"}, None)
        status, text = request(address, "POST", f"/check?token={token}", {**headers, "Content-Type": kind}, body)
        assert status == 400 and "Kies eerst een bestand met het plan." in text
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=30)


def test_a_busy_port_gets_one_sentence():
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "oppcheck", "web", "--no-browser", "--port", str(port)],
                                capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == (f"oppcheck: Poort {port} is al in gebruik. "
                                     "Kies een andere met --port, of laat --port weg.")
