PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEED := seeds/north-korea-launchers.txt

.PHONY: setup demo test bench mutants clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: setup
	$(BIN)/quizgen build $(SEED) --out decks

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/run.py

# Mutation testing (mutmut): about 30 minutes on 2 cores; not part of `make test` or CI. See benchmarks/mutants.md.
mutants: setup
	$(BIN)/python -m pip install --quiet -e '.[mutation]'
	$(BIN)/python benchmarks/mutants.py $(GROUPS)

clean:
	rm -rf $(VENV) decks/*.apkg decks/*.html decks/*.pdf decks/*.gift.txt decks/*.moodle.xml decks/*.tsv .pytest_cache .mutants
