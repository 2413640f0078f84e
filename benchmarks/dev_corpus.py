"""Rebuild the dev corpus of real news pages from local git snapshots (no network).

The pages are test fixtures of two public repositories (goose3/goose3, codelucas/newspaper). Their text is
third-party, so only the manifest and our own annotations are committed (benchmarks/dev_corpus/); this script
copies each page out of a local bare git directory into the git-ignored folder `.dev-corpus/`:

    .dev-corpus/pages/NAME.html   the page's bytes, checked against the manifest's sha256
    .dev-corpus/text/NAME.txt     the "label view": trafilatura.extract(html_bytes, include_comments=False,
                                  include_tables=False, favor_precision=False), one paragraph per line
                                  (lines stripped, blank lines dropped). furniture.json and the gold facts
                                  refer to the 1-based line numbers of this file.

Run (from the repository root, with the project's venv):

    .venv/bin/python benchmarks/dev_corpus.py                       # mirrors under /work/.mirror, out .dev-corpus
    .venv/bin/python benchmarks/dev_corpus.py --mirror DIR [--mirror DIR] --out .dev-corpus
    .venv/bin/python benchmarks/dev_corpus.py --check               # verify .dev-corpus only, write nothing

A --mirror DIR may be a bare git directory itself, or a folder holding snapshots as OWNER+NAME/repo (the layout
the snapshot fetcher gives), OWNER+NAME, OWNER+NAME.git, NAME.git or NAME. Each manifest entry is read with
`git --git-dir=D show COMMIT:PATH` from the first candidate that has that commit.

Split rule (deterministic): entries sorted by sha256; every third one (0-based index % 3 == 2) is "measure", the
rest "tune". --check verifies the manifest follows it; --refresh-manifest recomputes words, sha256 and split.

Uses only the standard library and trafilatura; it does not import quizgen.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import subprocess
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "dev_corpus"
MANIFEST = DATA / "manifest.json"
FURNITURE = DATA / "furniture.json"
GOLD = DATA / "gold"
DEFAULT_MIRROR = Path("/work/.mirror")
DEFAULT_OUT = HERE.parent / ".dev-corpus"

for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False


def label_view(html: bytes) -> str:
    """The text the annotations refer to: trafilatura's extract, one paragraph per line."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=False) or ""
    lines = [line.strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line) + "\n"


def word_count(text: str) -> int:
    return len(text.split())


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def assign_splits(entries: list[dict]) -> None:
    """Sorted by sha256, every third entry is "measure", the others "tune"."""
    for i, entry in enumerate(sorted(entries, key=lambda e: e["sha256"])):
        entry["split"] = "measure" if i % 3 == 2 else "tune"


def _is_git_dir(path: Path) -> bool:
    return (path / "HEAD").is_file() and (path / "objects").is_dir()


def candidate_dirs(mirrors: list[Path], repo: str) -> list[Path]:
    owner, name = repo.split("/", 1)
    found = []
    for root in mirrors:
        for sub in ("", f"{owner}+{name}/repo", f"{owner}+{name}", f"{owner}+{name}.git", f"{name}.git", name,
                    f"{name}/.git"):
            path = root / sub if sub else root
            if _is_git_dir(path) and path not in found:
                found.append(path)
    return found


def read_blob(mirrors: list[Path], entry: dict) -> bytes:
    spec = f"{entry['commit']}:{entry['path']}"
    for git_dir in candidate_dirs(mirrors, entry["repo"]):
        result = subprocess.run(["git", f"--git-dir={git_dir}", "show", spec], capture_output=True)
        if result.returncode == 0:
            return result.stdout
    raise LookupError(f"{entry['name']}: {entry['repo']} {spec} not found under {', '.join(map(str, mirrors))}")


def csv_article(data: bytes, row: int, dated: bool = False) -> bytes:
    """One article of a news dataset kept as a CSV of ``title`` and ``text`` columns: its ``row``-th data row as a
    plain-text article, the title on its first line; ``dated``, as ``title:`` and ``date:`` header lines, the date
    from the row's ``date`` column (a reader of the article as published sees its date)."""
    import csv
    import io

    csv.field_size_limit(1 << 30)
    rows = csv.DictReader(io.StringIO(data.decode("utf-8")))
    for index, record in enumerate(rows):
        if index == row:
            title, text = record["title"].strip(), record["text"].strip()
            if dated:
                day = datetime.strptime(record["date"].strip(), "%B %d, %Y").date().isoformat()
                return f"title: {title}\ndate: {day}\n\n{text}\n".encode("utf-8")
            return f"{title}\n\n{text}\n".encode("utf-8")
    raise LookupError(f"no row {row}")


def checked_blob(mirrors: list[Path], entry: dict) -> bytes | None:
    """The entry's page from the snapshots (gunzipped when the entry says ``gzip``), checked against its sha256; None,
    said on stderr, when it is missing or differs."""
    try:
        data = read_blob(mirrors, entry)
    except LookupError as exc:
        print(f"MISSING {exc}", file=sys.stderr)
        return None
    if entry.get("gzip"):
        import gzip

        data = gzip.decompress(data)
    if "row" in entry:
        try:
            data = csv_article(data, entry["row"], entry.get("dated", False))
        except LookupError as exc:
            print(f"MISSING {entry['name']}: {exc}", file=sys.stderr)
            return None
    if sha256(data) != entry["sha256"]:
        print(f"SHA256 MISMATCH {entry['name']}", file=sys.stderr)
        return None
    return data


def load_manifest() -> list[dict]:
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


def build(mirrors: list[Path], out: Path) -> int:
    entries = load_manifest()
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "text").mkdir(parents=True, exist_ok=True)
    problems = 0
    for entry in entries:
        html = checked_blob(mirrors, entry)
        if html is None:
            problems += 1
            continue
        text = label_view(html)
        (out / "pages" / f"{entry['name']}.html").write_bytes(html)
        (out / "text" / f"{entry['name']}.txt").write_text(text, encoding="utf-8")
        if word_count(text) != entry["words"]:
            print(f"WORDS {entry['name']}: {word_count(text)} != manifest {entry['words']}", file=sys.stderr)
            problems += 1
    print(f"wrote {len(entries) - problems} of {len(entries)} pages to {out}")
    return problems


def check(out: Path) -> int:
    """Verify the manifest, the annotations and the built corpus in OUT; write nothing."""
    entries = load_manifest()
    problems: list[str] = []
    names = [e["name"] for e in entries]
    if len(set(names)) != len(names):
        problems.append("duplicate names in manifest")
    if len({e["sha256"] for e in entries}) != len(entries):
        problems.append("duplicate pages (sha256) in manifest")
    expected = [dict(e) for e in entries]
    assign_splits(expected)
    for entry, want in zip(entries, expected):
        if entry["split"] != want["split"]:
            problems.append(f"{entry['name']}: split {entry['split']} but the rule says {want['split']}")
    lines_of: dict[str, int] = {}
    for entry in entries:
        page = out / "pages" / f"{entry['name']}.html"
        text_file = out / "text" / f"{entry['name']}.txt"
        if not page.is_file() or not text_file.is_file():
            problems.append(f"{entry['name']}: missing in {out}")
            continue
        if sha256(page.read_bytes()) != entry["sha256"]:
            problems.append(f"{entry['name']}: page sha256 differs from manifest")
            continue
        text = text_file.read_text(encoding="utf-8")
        if text != label_view(page.read_bytes()):
            problems.append(f"{entry['name']}: text is not the label view of the page")
        if word_count(text) != entry["words"]:
            problems.append(f"{entry['name']}: {word_count(text)} words, manifest says {entry['words']}")
        lines_of[entry["name"]] = len(text.splitlines())
    furniture = json.loads(FURNITURE.read_text(encoding="utf-8"))
    for key in ("furniture", "dateline_prefix"):
        table = furniture.get(key, {})
        if key == "furniture" and set(table) != set(names):
            problems.append(f"furniture.json: labels for {sorted(set(table) ^ set(names))} do not match manifest")
        for name, numbers in table.items():
            if name not in lines_of:
                continue
            bad = [n for n in numbers if not 1 <= n <= lines_of[name]]
            if bad:
                problems.append(f"furniture.json {key} {name}: line numbers out of range {bad}")
    for gold in sorted(GOLD.glob("*.gold.json")):
        fact_file = json.loads(gold.read_text(encoding="utf-8"))
        name = gold.name.removesuffix(".gold.json")
        if fact_file.get("article") != name or name not in names:
            problems.append(f"{gold.name}: article {fact_file.get('article')!r} is not a manifest name")
            continue
        text_file = out / "text" / f"{name}.txt"
        if not text_file.is_file():
            continue
        text = text_file.read_text(encoding="utf-8").lower()
        for fact in fact_file["facts"]:
            if not any(answer.lower() in text for answer in fact["answer"]):
                problems.append(f"{gold.name} {fact['id']}: no answer variant occurs in the text")
            for cue in fact["cue"]:
                if cue.lower() not in text:
                    problems.append(f"{gold.name} {fact['id']}: cue {cue!r} does not occur in the text")
    for problem in problems:
        print(problem, file=sys.stderr)
    words = sum(e["words"] for e in entries)
    tune = sum(e["split"] == "tune" for e in entries)
    print(f"{len(entries)} pages, {words} words, {tune} tune / {len(entries) - tune} measure, "
          f"{len(list(GOLD.glob('*.gold.json')))} gold files: {'OK' if not problems else f'{len(problems)} problems'}")
    return len(problems)


def refresh_manifest(mirrors: list[Path]) -> None:
    """Recompute sha256, words and split of every manifest entry from the mirrors, and rewrite the manifest."""
    entries = load_manifest()
    for entry in entries:
        html = read_blob(mirrors, entry)
        entry["sha256"] = sha256(html)
        entry["words"] = word_count(label_view(html))
    assign_splits(entries)
    keys = ("name", "repo", "path", "commit", "words", "split", "sha256")
    body = ",\n".join("  " + json.dumps({k: e[k] for k in keys}) for e in entries)
    MANIFEST.write_text(f"[\n{body}\n]\n", encoding="utf-8")
    print(f"rewrote {MANIFEST} ({len(entries)} entries)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirror", action="append", type=Path,
                        help=f"bare git dir or folder of snapshots (repeatable; default {DEFAULT_MIRROR})")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default .dev-corpus)")
    parser.add_argument("--check", action="store_true", help="only verify OUT, the manifest and the annotations")
    parser.add_argument("--refresh-manifest", action="store_true",
                        help="recompute sha256, words and split in the manifest from the mirrors")
    args = parser.parse_args(argv)
    mirrors = args.mirror or [DEFAULT_MIRROR]
    if args.refresh_manifest:
        refresh_manifest(mirrors)
        return 0
    if args.check:
        return 1 if check(args.out) else 0
    return 1 if build(mirrors, args.out) else 0


if __name__ == "__main__":
    sys.exit(main())
