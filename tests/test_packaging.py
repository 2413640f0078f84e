"""The wheel ships the templates, so a non-editable install renders quizzes."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

from tests.conftest import ROOT


def test_wheel_contains_templates_and_renders_without_the_checkout(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path / "dist"), str(ROOT)], check=True, capture_output=True, timeout=300)
    (wheel,) = (tmp_path / "dist").glob("quizgen-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for template in ("quiz.html.j2", "quiz.css", "quiz_header.html.j2", "quiz_question.html.j2", "quiz_key.html.j2",
                     "quiz_article.html.j2"):
        assert f"quizgen/templates/{template}" in names
    for data in ("nlp/patterns/equipment.jsonl", "facts/lexicon.json", "facts/pools.json", "questions/polities.json"):
        assert f"quizgen/{data}" in names
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    script = (
        "import quizgen, quizgen.export.templating as t\n"
        "from quizgen.export.html import render_quiz\n"
        "assert t.template_dirs() == [t.PACKAGED], t.template_dirs()\n"
        "print(quizgen.__file__)\n"
        "print(render_quiz([], 'Installed'))\n"
        "from quizgen.facts.lexicon import lexicon\nfrom quizgen.nlp.equipment_ruler import equipment_patterns\n"
        "assert equipment_patterns() and lexicon()['speech_verbs']\n"
        "from quizgen.facts.pools import pool\nfrom quizgen.questions.polities import names_it_again\n"
        "assert pool('day_parts')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env, check=True,
                          capture_output=True, text=True, timeout=120)
    assert done.stdout.startswith(str(target))
    assert "<title>Installed · Quiz</title>" in done.stdout
