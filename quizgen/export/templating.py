"""Find and load the Jinja templates (repo ``templates/`` or the copy shipped in the wheel)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2

PACKAGE = Path(__file__).resolve().parent.parent  # quizgen/
PACKAGED = PACKAGE / "templates"  # where the wheel puts them
CHECKOUT = PACKAGE.parent / "templates"


def template_dirs(extra: Path | None = None) -> list[Path]:
    """Folders searched for templates, first match wins: ``extra``, then the built-in ones."""
    dirs = [extra] if extra is not None else []
    dirs += [d for d in (PACKAGED, CHECKOUT) if d.is_dir()]
    return dirs


@lru_cache(maxsize=8)
def environment(extra: Path | None = None) -> jinja2.Environment:
    """A Jinja environment with autoescape on: article text is untrusted.

    Kept per template folder, so templates compile once per run, not once per quiz written; a run does not
    look for edited template files (no file check at every include of every question)."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs(extra)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
