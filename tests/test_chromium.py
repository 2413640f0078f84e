"""Finding and running Chromium: a missing browser is one clear error naming what to install."""

from __future__ import annotations

import pytest

from quizgen.export.chromium import ENV_VAR, print_to_pdf
from quizgen.errors import EXIT_OUTPUT, OutputError


def test_missing_chromium_names_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, "no-such-chromium-here")
    page = tmp_path / "q.html"
    page.write_text("<p>hi</p>", encoding="utf-8")
    with pytest.raises(OutputError) as caught:
        print_to_pdf(page, tmp_path / "q.pdf")
    message = str(caught.value)
    assert "apt-get install chromium" in message and "\n" not in message
    assert caught.value.exit_code == EXIT_OUTPUT
    assert not (tmp_path / "q.pdf").exists()


def test_a_browser_that_fails_is_an_output_error(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, "false")  # runs, prints nothing, exits 1
    page = tmp_path / "q.html"
    page.write_text("<p>hi</p>", encoding="utf-8")
    with pytest.raises(OutputError, match=r"Chromium could not print the PDF \(exit 1\)"):
        print_to_pdf(page, tmp_path / "q.pdf")
