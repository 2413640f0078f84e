"""Errors the CLI turns into one line on stderr and a documented exit code."""

from __future__ import annotations

# Exit codes (documented in the README). 2 is click's own code for a bad command line.
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_NO_FACTS = 4
EXIT_OUTPUT = 5
EXIT_MODEL = 6
EXIT_INTERNAL = 70  # sysexits' EX_SOFTWARE: a fault of quizgen's own, not of the input
EXIT_INTERRUPTED = 130


class QuizgenError(Exception):
    """A failure the user can act on; ``str(err)`` is the one-line message."""

    exit_code = 1


class UsageError(QuizgenError):
    """Options or arguments that do not fit together."""

    exit_code = EXIT_USAGE


class InputError(QuizgenError):
    """An article could not be found, read or decoded."""

    exit_code = EXIT_INPUT


class NoFactsError(QuizgenError):
    """An article yielded nothing worth a question."""

    exit_code = EXIT_NO_FACTS


class OutputError(QuizgenError):
    """An output file could not be written."""

    exit_code = EXIT_OUTPUT


class ModelError(QuizgenError):
    """No usable spaCy pipeline."""

    exit_code = EXIT_MODEL
