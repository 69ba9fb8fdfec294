# Every target sets up .venv itself, so a fresh clone needs only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m screener

test: $(STAMP)
	$(PY) -m pytest

# The full-size runs left out of `make test`: fuzzing with thousands of inputs, folders of
# thousands of fuzzed files (tests marked `long`).
.PHONY: test-long
test-long: $(STAMP)
	$(PY) -m pytest -m long -p no:randomly

lint: $(STAMP)
	$(PY) -m ruff check screener tests benchmarks
	$(PY) -m ruff format --check screener tests benchmarks

format: $(STAMP)
	$(PY) -m ruff format screener tests benchmarks
	$(PY) -m ruff check --fix screener tests benchmarks

bench: $(STAMP)
	$(PY) -m benchmarks

# Qt Linguist: lupdate collects every tr()/translate()/QT_TRANSLATE_NOOP string of the UI into
# the .ts files (translations kept, vanished strings dropped), lrelease builds the .qm files the
# app loads. Translate new entries (Qt Linguist, or any editor), then run this again.
# screener_en.ts holds only the plural forms ("%n days"); English is the source language.
I18N := resources/i18n
UI_SOURCES = $(shell find screener/ui -name '*.py' | LC_ALL=C sort)
LUPDATE := $(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none -source-language en

translations: $(STAMP)
	mkdir -p $(I18N)
	$(LUPDATE) -target-language fr $(UI_SOURCES) -ts $(I18N)/screener_fr.ts
	$(LUPDATE) -target-language en -pluralonly $(UI_SOURCES) -ts $(I18N)/screener_en.ts
	$(VENV)/bin/pyside6-lrelease -silent $(I18N)/screener_fr.ts $(I18N)/screener_en.ts

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
