"""The report as a PDF: typeset by Typst from the HTML report's blocks, or printed by a Chrome on the machine.

Two engines, tried in this order (``SMART_PDF_ENGINE=typst`` or ``chrome``
picks one):

- **Typst**, from the optional extra (``pip install 'smart-marketing[pdf]'``):
  the ``typst`` wheel bundles its compiler and fonts, so it works on a fresh
  machine with no system packages. The document goes in as JSON data
  (``templates/report.typ`` lays it out), so an answer can never be read as
  Typst markup; the charts are the HTML's own SVG drawings.
- **Chrome, Chromium or Edge**, when one is installed: it prints the HTML
  report itself, with its print stylesheet (A4, page numbers in the margin).

Without either, the command stops with one line saying what to install.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from smartcli.errors import SmartError
from smartcli.report.blocks import read_blocks
from smartcli.report.render import Document
from smartcli.resources import data_dir

TYPST_TEMPLATE = "report.typ"
CHROME_NAMES = (
    "chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome",
    "microsoft-edge", "msedge",
)  # fmt: skip
_CHROME_PATHS = (
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    r"C:\Program Files\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
)


def render_pdf(document: Document) -> bytes:
    """The PDF of `document`, from the first engine that is there.

    Raises:
        SmartError: No engine is installed (``error.pdf_engine``), or the one
            asked for by ``SMART_PDF_ENGINE`` is not.
    """
    wanted = os.environ.get("SMART_PDF_ENGINE", "").strip().lower()
    if wanted not in ("", "typst", "chrome"):
        raise SmartError("error.pdf_engine_unknown", engine=wanted)
    if wanted in ("", "typst") and _has_typst():
        return typeset_pdf(document)
    chrome = find_chrome()
    if wanted in ("", "chrome") and chrome is not None:
        return print_pdf(document, chrome)
    raise SmartError("error.pdf_engine" if not wanted else f"error.pdf_engine_{wanted}")


def _has_typst() -> bool:
    try:
        import typst  # noqa: F401
    except ImportError:
        return False
    return True


def document_data(document: Document) -> dict[str, Any]:
    """The document as the Typst template reads it: its words, its blocks, the charts' drawings."""
    return {
        "lang": document.lang,
        "title": document.title,
        "company": document.company,
        "blocks": [block.as_data() for block in read_blocks(document.html)],
        "charts": {key: figure.svg for key, figure in document.figures.items()},
    }


def typeset_pdf(document: Document) -> bytes:
    """The PDF typeset by Typst (A4, the company and page numbers at the foot of each page)."""
    import typst

    source = (data_dir("templates") / TYPST_TEMPLATE).read_bytes()
    data = json.dumps(document_data(document), ensure_ascii=False)
    pdf, _warnings = typst.compile_with_warnings(source, format="pdf", sys_inputs={"document": data})
    # Warnings are only about fonts not on this machine (the next in the list is used).
    return bytes(pdf)


def find_chrome() -> str | None:
    """A Chrome, Chromium or Edge on this machine (``SMART_CHROME`` names one), or ``None``."""
    named = os.environ.get("SMART_CHROME")
    if named:
        return named if Path(named).is_file() or shutil.which(named) else None
    for name in CHROME_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in _CHROME_PATHS if Path(p).is_file()), None)


def print_pdf(document: Document, chrome: str) -> bytes:
    """The HTML printed to PDF by a headless Chrome: the browser's own layout of the print stylesheet.

    Raises:
        SmartError: The browser failed or wrote nothing.
    """
    with tempfile.TemporaryDirectory(prefix="smart-pdf-") as folder:
        page, out = Path(folder) / "report.html", Path(folder) / "report.pdf"
        page.write_text(document.html, encoding="utf-8")
        command = [
            chrome, "--headless", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={Path(folder) / 'profile'}", "--no-pdf-header-footer",
            f"--print-to-pdf={out}", page.as_uri(),
        ]  # fmt: skip
        if sys.platform != "win32" and os.geteuid() == 0:
            command.insert(1, "--no-sandbox")  # Chrome refuses to run as root with its sandbox
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        except (OSError, subprocess.TimeoutExpired) as e:
            raise SmartError("error.pdf_chrome_failed", browser=chrome, reason=str(e)) from e
        if not out.is_file() or out.stat().st_size == 0:
            reason = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
            raise SmartError("error.pdf_chrome_failed", browser=chrome, reason=reason[:200])
        return out.read_bytes()
