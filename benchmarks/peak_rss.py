"""Run the quizgen CLI in this process, then record its peak resident memory as JSON.

    python benchmarks/peak_rss.py REPORT.json build FOLDER --out DIR …
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    report, args = Path(sys.argv[1]), sys.argv[2:]
    from quizgen.cli import app

    code = 0
    try:
        app(args, standalone_mode=False)
    except SystemExit as exc:
        code = int(exc.code or 0)
    peak_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    report.write_text(json.dumps({"peak_rss_mb": peak_kb / 1024, "exit": code}))
    sys.exit(code)


if __name__ == "__main__":
    main()
