"""Mutation testing of the rule stages, the exporters and the questions file, with mutmut 3: ``make mutants``.

Each group mutates some modules against the tests that cover them (model-free tests where they exist). mutmut
reads one configuration per folder, so each group runs in its own scratch folder ``.mutants/<group>/`` (git-ignored):
links to the project's files plus a ``setup.cfg`` naming the modules and tests. mutmut keeps its results there, so
a second run re-tests only the functions that changed. Within a group mutmut runs, for each mutant, only the tests
that called the mutated function. Not part of ``make test`` or CI.

    .venv/bin/python benchmarks/mutants.py                   # every group, then the table
    .venv/bin/python benchmarks/mutants.py export-text wh    # some groups
    .venv/bin/python benchmarks/mutants.py --report          # the table from the last runs, nothing run
    .venv/bin/python benchmarks/mutants.py --list wh         # every surviving mutant of a group, as a diff
    .venv/bin/python benchmarks/mutants.py --sample 150 wh   # a seeded random sample of 150 of a group's mutants
    .venv/bin/python benchmarks/mutants.py --retest wh       # the survivors again, after new tests (mutmut skips them)
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".mutants"
LINKED = ["quizgen", "tests", "templates", "seeds", "docs", "scripts", "pyproject.toml"]
MUTMUT = Path(sys.executable).with_name("mutmut")

# group: (stage, modules to mutate, tests that cover them). Tests with the spaCy model load it once per group
# (tests/conftest.py keeps one pipeline per process, and mutmut forks its workers from the process that loaded it).
GROUPS: dict[str, tuple[str, list[str], list[str]]] = {
    "facts-rules": ("facts", ["quizgen/facts/quotes.py", "quizgen/facts/counts.py", "quizgen/facts/names.py",
                              "quizgen/facts/appositives.py", "quizgen/facts/designations.py",
                              "quizgen/facts/mentions.py", "quizgen/facts/importance.py"],
                    ["tests/test_quotes.py", "tests/test_counts.py", "tests/test_names.py", "tests/test_appositives.py",
                     "tests/test_designations.py", "tests/test_mentions.py", "tests/test_importance.py"]),
    "facts-compose": ("facts", ["quizgen/facts/extract.py", "quizgen/facts/rewrite.py", "quizgen/facts/pools.py",
                                "quizgen/facts/lexicon.py", "quizgen/facts/model.py"],
                      ["tests/test_extract.py", "tests/test_facts_rewrite.py", "tests/test_facts_model.py",
                       "tests/test_facts_pools.py", "tests/test_quotes.py", "tests/test_names.py",
                       "tests/test_appositives.py", "tests/test_mentions.py", "tests/test_counts.py",
                       "tests/test_designations.py", "tests/test_antecedents.py"]),
    "distractors": ("questions", ["quizgen/questions/distractors.py", "quizgen/questions/polities.py",
                                  "quizgen/questions/answer_types.py", "quizgen/questions/places.py",
                                  "quizgen/questions/dates.py", "quizgen/questions/prompt_names.py"],
                    ["tests/test_distractors.py", "tests/test_distractor_giveaways.py", "tests/test_answer_types.py",
                     "tests/test_questions.py", "tests/test_polities.py", "tests/test_distractors_options.py",
                     "tests/test_distractors_slots.py"]),
    "wh": ("questions", ["quizgen/questions/wh.py"], ["tests/test_wh.py"]),
    "slots": ("questions", ["quizgen/questions/slots.py"], ["tests/test_distractors_slots.py"]),
    "deck-rules": ("questions", ["quizgen/questions/key_facts.py", "quizgen/facts/standing.py"],
                   ["tests/test_key_facts.py", "tests/test_speakers.py"]),
    "candidates": ("questions", ["quizgen/questions/candidates.py", "quizgen/questions/ranking.py",
                                 "quizgen/questions/standalone.py", "quizgen/questions/model.py"],
                   ["tests/test_questions.py", "tests/test_standalone.py", "tests/test_budget.py",
                    "tests/test_trim.py"]),
    "export-text": ("export", ["quizgen/export/gift.py", "quizgen/export/moodle_xml.py",
                               "quizgen/export/flashcards.py"],
                    ["tests/export/test_gift.py", "tests/export/test_moodle_xml.py",
                     "tests/export/test_flashcards.py", "tests/export/test_text_exports.py"]),
    "export-anki": ("export", ["quizgen/export/anki.py"],
                    ["tests/export/test_anki.py::test_untrusted_text_is_escaped_in_anki_fields",
                     "tests/export/test_anki.py::test_note_guid_depends_on_identity_not_wording",
                     "tests/export/test_anki.py::test_cloze_field_carries_one_deletion",
                     "tests/export/test_anki.py::test_every_kind_imports_with_its_deck_tags_and_choices",
                     "tests/export/test_anki.py::test_notes_no_longer_made_come_back_once_retired_in_their_deck",
                     "tests/export/test_anki.py::test_a_large_deck_written_through_a_scratch_file_imports_the_same",
                     "tests/test_review.py::test_control_characters_in_the_file_never_reach_the_deck",
                     "tests/test_review.py::test_a_broken_blank_is_found_again_in_the_deck"]),
    "export-quiz": ("export", ["quizgen/export/quiz.py", "quizgen/export/html.py", "quizgen/export/templating.py"],
                    ["tests/test_quiz.py", "tests/export/test_html.py"]),
    "questions-file": ("questions file", ["quizgen/run/questions_file.py"],
                       ["tests/test_questions_file.py",
                        "tests/test_review.py::test_other_question_kinds_round_trip",
                        "tests/test_review.py::test_every_field_round_trips_exactly",
                        "tests/test_review.py::test_malformed_questions_file_is_one_line_error",
                        "tests/test_review.py::test_format_is_documented",
                        "tests/test_review.py::test_control_characters_in_the_file_never_reach_the_deck",
                        "tests/test_review.py::test_a_broken_blank_is_found_again_in_the_deck"]),
}

KILLED = {"killed", "timeout", "segfault", "caught by type check"}


def _setup(group: str) -> Path:
    """The group's scratch folder: links to the project and the group's mutmut configuration."""
    _, modules, tests = GROUPS[group]
    tests = [t for t in tests if (ROOT / t.split("::")[0]).exists()]  # an older checkout may lack some
    folder = WORK / group
    folder.mkdir(parents=True, exist_ok=True)
    for name in LINKED:
        link = folder / name
        if not link.is_symlink():
            link.symlink_to(ROOT / name)
    lines = ["[mutmut]", "source_paths=quizgen", "only_mutate=", *[f"    {m}" for m in modules],
             "pytest_add_cli_args_test_selection=", *[f"    {t}" for t in tests],
             "pytest_add_cli_args=", "    -p", "    no:cacheprovider",
             "also_copy=", "    templates/", "    seeds/", "    docs/", "    scripts/", ""]  # a test reads scripts/
    config = "\n".join(lines)
    cfg = folder / "setup.cfg"
    if not cfg.exists() or cfg.read_text() != config:
        cfg.write_text(config)
        shutil.rmtree(folder / "mutants", ignore_errors=True)  # another selection: start afresh
    return folder


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)  # mutmut puts its mutated copy first; nothing else may provide quizgen
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["QUIZGEN_MUTANTS"] = "1"  # tests/conftest.py: no whole seed build per mutant
    return env


def sampled(group: str, sample: int, found: dict[str, str]) -> dict[str, str]:
    """A random sample of ``sample`` mutants, or all when 0: the first by a hash of the name, so that the same
    mutants stay in it when a function elsewhere changes and mutmut renames only that function's mutants."""
    if not sample or sample >= len(found):
        return found
    return {name: found[name] for name in sorted(found, key=lambda n: hashlib.sha1(n.encode()).hexdigest())[:sample]}


def run(group: str, jobs: int, sample: int = 0, retest: bool = False) -> float:
    """Run a group's mutants: all, a sample, or (``retest``) again those that survived, after new tests."""
    folder = _setup(group)
    started = time.monotonic()
    names: list[str] = []
    if sample or retest:
        if not results(group):  # generate the mutants (and mutmut's test statistics) without running any
            subprocess.run([str(MUTMUT), "run", "--max-children", str(jobs), "no-such-mutant"], cwd=folder,
                           env=_env(), check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        chosen = sampled(group, sample, results(group))
        wanted = {"survived", "no tests", "not checked"} if retest else {"not checked"}
        names = sorted(name for name, status in chosen.items() if status in wanted)
        if not names:
            return time.monotonic() - started
    subprocess.run([str(MUTMUT), "run", "--max-children", str(jobs), *names], cwd=folder, env=_env(), check=False,
                   stdout=subprocess.DEVNULL)
    return time.monotonic() - started


def results(group: str) -> dict[str, str]:
    """Mutant name → status, from mutmut's own record."""
    folder = WORK / group
    if not (folder / "mutants").exists():
        return {}
    out = subprocess.run([str(MUTMUT), "results", "--all", "true"], cwd=folder, env=_env(), capture_output=True,
                         text=True, check=False).stdout
    return dict(re.findall(r"^\s+(\S+): (.+)$", out, re.M))


def _module(mutant: str) -> str:
    """``quizgen.export.gift.x_escape__mutmut_1`` → ``quizgen/export/gift.py``."""
    dotted = re.split(r"\.x[_ǁ]", mutant, maxsplit=1)[0]
    return dotted.replace(".", "/") + ".py"


def _row(name: str, stage: str, statuses: list[str], minutes: str = "") -> str:
    """Kill rate over the mutants checked (a sampled group leaves the others "not checked")."""
    checked = [s for s in statuses if s != "not checked"]
    killed = sum(s in KILLED for s in checked)
    survived = checked.count("survived")
    untested = checked.count("no tests")
    other = len(checked) - killed - survived - untested
    rate = f"{killed / len(checked):.0%}" if checked else "–"
    return (f"| {name} | {stage} | {len(statuses)} | {len(checked)} | {killed} | {survived} | {untested} | {other} "
            f"| {rate} | {minutes} |")


def report(groups: list[str], seconds: dict[str, float], sample: int = 0) -> str:
    """Per module and per group: mutants, checked, killed (timeouts count), survived, no test reached them, other."""
    rows = ["| module / group | stage | mutants | checked | killed | survived | no tests | other | kill rate | minutes |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for group in groups:
        found = sampled(group, sample, results(group))
        if not found:
            continue
        stage = GROUPS[group][0]
        by_module: dict[str, list[str]] = {}
        for name, status in found.items():
            by_module.setdefault(_module(name), []).append(status)
        rows += [_row(module, stage, statuses) for module, statuses in sorted(by_module.items())]
        minutes = f"{seconds[group] / 60:.1f}" if group in seconds else ""
        rows.append(_row(f"**{group}**", stage, list(found.values()), minutes))
    return "\n".join(rows)


def survivors(group: str, sample: int = 0) -> str:
    folder = WORK / group
    found = sampled(group, sample, results(group))
    names = [name for name, status in found.items() if status not in KILLED | {"not checked"}]
    shown = []
    for name in names:
        diff = subprocess.run([str(MUTMUT), "show", name], cwd=folder, env=_env(), capture_output=True, text=True,
                              check=False).stdout
        shown.append(diff.strip())
    return "\n\n".join(shown)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("groups", nargs="*", help=f"groups to run (default: all): {', '.join(GROUPS)}")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="mutants tested at once")
    parser.add_argument("--report", action="store_true", help="only print the table of the last runs")
    parser.add_argument("--list", action="store_true", help="print the surviving mutants of the groups")
    parser.add_argument("--sample", type=int, default=0,
                        help="only a seeded random sample of this many mutants per group (0: all), also for the "
                             "report and the list")
    parser.add_argument("--retest", action="store_true",
                        help="run again the surviving mutants (of the sample), e.g. after adding tests")
    args = parser.parse_args(argv)
    unknown = [g for g in args.groups if g not in GROUPS]
    if unknown:
        parser.error(f"unknown group(s): {', '.join(unknown)}")
    groups = args.groups or list(GROUPS)
    if args.list:
        for group in groups:
            print(f"## {group}\n\n{survivors(group, args.sample)}\n")
        return 0
    seconds = {}
    if not args.report:
        for group in groups:
            seconds[group] = run(group, args.jobs, args.sample, args.retest)
            print(f"{group}: {seconds[group] / 60:.1f} min", file=sys.stderr)
    print(report(groups, seconds, args.sample))
    return 0


if __name__ == "__main__":
    sys.exit(main())
