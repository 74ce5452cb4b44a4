#!/usr/bin/env python3
"""Screenshots of `oppcheck web` for the README, taken with headless Chromium through Playwright.

    python tools/web_screenshots.py [--plan examples/opp-onvolledig.docx] [--out docs]

Writes OUT/web-start.png (the page before an upload) and OUT/web-report.png (the report of PLAN).
Uses the system's Chromium (never a downloaded browser). Exit 3 when Chromium or Playwright is missing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile

FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plan", default="examples/opp-onvolledig.docx")
    parser.add_argument("--out", default="docs")
    parser.add_argument("--width", type=int, default=900)
    args = parser.parse_args()
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        browser = None
    if browser is None:
        print("Chromium and Playwright for Python are needed (apt install chromium; pip install playwright)",
              file=sys.stderr)
        return 3
    server = subprocess.Popen([sys.executable, "-m", "oppcheck", "web", "--no-browser"], stdout=subprocess.PIPE,
                              text=True)
    try:
        address = server.stdout.readline().strip()
        with tempfile.TemporaryDirectory(prefix="oppcheck-shots-") as profile, sync_playwright() as p:
            context = p.chromium.launch_persistent_context(profile, executable_path=browser,
                                                           args=[*FLAGS, "--lang=nl-NL"],
                                                           viewport={"width": args.width, "height": 700},
                                                           locale="nl-NL")
            page = context.new_page()
            page.goto(address)
            page.screenshot(path=os.path.join(args.out, "web-start.png"), full_page=True)
            page.get_by_label("Het plan").set_input_files(args.plan)
            page.get_by_role("button", name="Controleer het plan").click()
            page.wait_for_selector(".verdict")
            page.set_viewport_size({"width": args.width, "height": 1250})
            page.screenshot(path=os.path.join(args.out, "web-report.png"))
            context.close()
    finally:
        server.send_signal(signal.SIGINT)
        server.communicate(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
