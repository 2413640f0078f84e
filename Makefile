PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEED := seeds/north-korea-launchers.txt

.PHONY: setup demo test bench images mutants clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@echo "==> [1/3] creating $(VENV) with $(PYTHON)"
	$(PYTHON) -m venv $(VENV)
	@echo "==> [2/3] installing quizgen, spaCy and its English model (a few minutes the first time)"
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --progress-bar off -e '.[test]'
	$(BIN)/python -m compileall -q quizgen  # an editable install compiles nothing: each run would, at every start
	touch $@

demo: setup
	@echo "==> [3/3] building $(SEED) into decks/ (loading the language model takes a few seconds)"
	$(BIN)/quizgen build $(SEED) --out decks
	@echo "==> done: import decks/north-korea-launchers.apkg into Anki; open decks/north-korea-launchers.html and print it"

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/run.py

images: setup
	$(BIN)/python scripts/readme_images.py

# Mutation testing (mutmut): about 30 minutes on 2 cores; not part of `make test` or CI. See benchmarks/mutants.md.
mutants: setup
	$(BIN)/python -m pip install --quiet -e '.[mutation]'
	$(BIN)/python benchmarks/mutants.py $(GROUPS)

clean:
	rm -rf $(VENV) decks/*.apkg decks/*.html decks/*.pdf decks/*.gift.txt decks/*.moodle.xml decks/*.tsv .pytest_cache .mutants
