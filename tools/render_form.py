#!/usr/bin/env python3
"""Print an HTML meeting form to PDF with headless Chromium, and optionally its first page to PNG.

    python tools/render_form.py gesprek.html --pdf gesprek.pdf [--png page1.png] [--dpi 110]

Chromium runs offline (no network, no sync, throw-away profile). The PNG is page 1 of the PDF as
printed (rendered with pypdfium2), which is what a parent gets on paper. Exit 3 when Chromium is missing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


def print_pdf(html: str, pdf: str, browser: str, timeout: float = 120) -> None:
    """Print `html` (a local file) to `pdf` the way a parent's "Print to PDF" would, without headers/footers."""
    with tempfile.TemporaryDirectory(prefix="oppcheck-chromium-") as profile:
        cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-extensions", "--no-pdf-header-footer", f"--user-data-dir={profile}",
               f"--print-to-pdf={os.path.abspath(pdf)}", "file://" + os.path.abspath(html)]
        subprocess.run(cmd, check=True, timeout=timeout, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not os.path.exists(pdf) or os.path.getsize(pdf) == 0:
        raise RuntimeError(f"Chromium wrote no PDF for {html}")


def first_page_png(pdf: str, png: str, dpi: float = 110) -> None:
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf)
    try:
        image = doc[0].render(scale=dpi / 72).to_pil().convert("RGB")
        image.quantize(colors=64).save(png, optimize=True)  # text and a few colours: small file, no visible loss
    finally:
        doc.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html")
    parser.add_argument("--pdf", help="PDF to write (default: next to the HTML)")
    parser.add_argument("--png", help="also write page 1 as PNG")
    parser.add_argument("--dpi", type=float, default=110)
    args = parser.parse_args(argv)
    browser = find_chromium()
    if not browser:
        print("Chromium is not installed (Debian: apt-get install chromium).", file=sys.stderr)
        return 3
    pdf = args.pdf or os.path.splitext(args.html)[0] + ".pdf"
    print_pdf(args.html, pdf, browser)
    if args.png:
        first_page_png(pdf, args.png, args.dpi)
    return 0


if __name__ == "__main__":
    sys.exit(main())
