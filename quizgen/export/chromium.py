"""Print an HTML file to PDF with headless Chromium, the engine that honours our page CSS."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from quizgen.errors import OutputError

ENV_VAR = "QUIZGEN_CHROMIUM"
NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
MISSING = ("PDF output needs Chromium, which was not found: install it (Debian/Ubuntu: apt-get install chromium) "
           f"or set ${ENV_VAR} to its path")


def find_chromium() -> str | None:
    """The browser to print with: ``$QUIZGEN_CHROMIUM`` if set, else the first Chromium on PATH."""
    wanted = os.environ.get(ENV_VAR)
    if wanted:
        return shutil.which(wanted)
    return next((found for name in NAMES if (found := shutil.which(name))), None)


def print_to_pdf(html_file: Path, pdf: Path, timeout: float = 120) -> Path:
    """Print ``html_file`` to ``pdf``; a missing or failing browser is an ``OutputError``."""
    browser = find_chromium()
    if browser is None:
        raise OutputError(MISSING)
    with tempfile.TemporaryDirectory(prefix="quizgen-chromium-") as profile:
        command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                   "--disable-background-networking", "--disable-component-update", "--disable-sync",
                   f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", "--no-pdf-header-footer",
                   html_file.resolve().as_uri()]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise OutputError(f"{pdf.name}: Chromium did not finish printing within {timeout:.0f} s") from None
        except OSError as exc:
            raise OutputError(f"{browser}: cannot run Chromium ({exc.strerror})") from None
    if done.returncode != 0 or not pdf.exists() or pdf.stat().st_size == 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise OutputError(f"Chromium could not print the PDF (exit {done.returncode}): {last}")
    return pdf
