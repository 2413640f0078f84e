"""Take the screenshot of the review page that the README shows (docs/review-page.png); not run by the tests.

    .venv/bin/python benchmarks/review_screenshot.py [--out docs/review-page.png]

Runs `quizgen review` on the seed article as the teacher would (`--no-browser`, a scratch questions file), opens
the page in headless Chromium (Debian's `chromium`, driven by Playwright) and saves a PNG of the first screen.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "north-korea-launchers.txt"


def start_review(args: list[str], scratch: Path) -> tuple[subprocess.Popen, str]:
    """``quizgen review ARGS --no-browser`` in a child process run in ``scratch`` (it writes only there), and the
    page's URL once it answers."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-m", "quizgen", "review", *args, "--no-browser",
                              "--file", f"decks/{Path(args[0]).stem}.questions.json"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=scratch)
    line = child.stdout.readline() if child.stdout else ""
    if "http://" not in line:
        child.kill()
        raise SystemExit(f"quizgen review did not start: {line}{child.stderr.read() if child.stderr else ''}")
    return child, line[line.index("http://"):].split()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "review-page.png")
    options = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as scratch:
        child, url = start_review([str(SEED)], Path(scratch))
        try:
            with sync_playwright() as driver:
                browser = driver.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
                page = browser.new_page(viewport={"width": 1500, "height": 950})
                page.goto(url)
                page.locator(".card").first.hover()
                page.screenshot(path=str(options.out))
                browser.close()
        finally:
            child.terminate()
            child.wait(timeout=10)
    print(f"wrote {options.out}")


if __name__ == "__main__":
    main()
