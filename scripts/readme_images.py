"""Make the README's pictures of the printed quiz: the seed in two forms, printed by Chromium, pages drawn by poppler.

Run by hand (``make images``) after changing the quiz's look; the tests never write into docs/.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "north-korea-launchers.txt"
PICTURES = {"quiz-page1.png": 1, "quiz-key.png": -2}  # form A's first page; form A's key (keys come last)
WIDTH_PX = 496


def main() -> int:
    if shutil.which("pdftoppm") is None or shutil.which("pdfinfo") is None:
        print("needs poppler-utils (apt-get install poppler-utils)", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT))
    from quizgen.run.build import build

    with tempfile.TemporaryDirectory(prefix="quizgen-images-") as tmp:
        report = build([str(SEED)], Path(tmp), formats=("pdf",), versions=2, class_name="9C", teacher="Ms Ortiz")
        (pdf,) = report.written
        info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        for name, page in PICTURES.items():
            number = page if page > 0 else pages + page + 1
            stem = Path(tmp) / name.removesuffix(".png")
            subprocess.run(["pdftoppm", "-png", "-singlefile", "-f", str(number), "-l", str(number),
                            "-scale-to-x", str(WIDTH_PX), "-scale-to-y", "-1", str(pdf), str(stem)], check=True)
            shutil.copyfile(stem.with_suffix(".png"), ROOT / "docs" / name)
            print(f"wrote docs/{name} (page {number} of {pages})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
