# Every target sets up .venv itself, so a fresh clone needs only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-long test-core lint format bench translations clean
.PHONY: wheel dist dist-check

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,packaging]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m screener

# Two pytest-xdist workers, one a core of CI's two (tests/conftest.py says which tests go
# together); `make test TEST_WORKERS=0` runs them all in one process.
TEST_WORKERS ?= 2
test: $(STAMP)
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile

# The slow end-to-end checks the default run leaves out (pytest marker `long`), and
# full-strength runs of tests kept short in `make test`: one line per run.
test-long: $(STAMP)
	$(PY) -m pytest -m long
	SCREENER_CRASH_KILLS=200 $(PY) -m pytest tests/persistence/test_crash_safety.py
	SCREENER_FULL_EXAMPLES=1 $(PY) -m pytest tests/importer/test_notice_robustness.py tests/ui/test_catalogue_search.py tests/domain/test_fast_verdict.py tests/hardening/test_fuzz_files.py

# The core's tests as on a machine without PySide6: importing Qt fails (tests/qt_blocker.py).
CORE_TESTS = tests/domain tests/persistence tests/report tests/importer tests/cli tests/adviser tests/test_batch.py
test-core: $(STAMP)
	$(PY) -m pytest -p no:pytest-qt -p tests.qt_blocker -W ignore::pytest.PytestConfigWarning $(CORE_TESTS)

lint: $(STAMP)
	$(PY) -m ruff check screener tests benchmarks
	$(PY) -m ruff format --check screener tests benchmarks
	$(PY) -m ruff check packaging && $(PY) -m ruff format --check packaging
	$(PY) -m mypy

format: $(STAMP)
	$(PY) -m ruff format screener tests benchmarks
	$(PY) -m ruff check --fix screener tests benchmarks
	$(PY) -m ruff format packaging && $(PY) -m ruff check --fix packaging

bench: $(STAMP)
	$(PY) -m benchmarks

# Qt Linguist: lupdate collects every tr()/translate()/QT_TRANSLATE_NOOP string of the UI into
# the .ts files (translations kept, vanished strings dropped), lrelease builds the .qm files the
# app loads. Translate new entries (Qt Linguist, or any editor), then run this again.
# screener_en.ts holds only the plural forms ("%n days"); English is the source language.
I18N := resources/i18n
# The UI, and the kinds' yes/no questions (marked with screener.translatable.QT_TRANSLATE_NOOP).
UI_SOURCES = $(shell find screener/ui screener/domain/kinds -name '*.py' | LC_ALL=C sort)
# And the problems with files the core words (QT_TRANSLATE_NOOP("FileProblem", ...)), which
# the UI says in the user's language (screener/ui/common/problem_words.py).
UI_SOURCES += $(shell grep -rlF --include='*.py' '"FileProblem"' screener --exclude-dir=ui | LC_ALL=C sort)
LUPDATE := $(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none -source-language en

translations: $(STAMP)
	mkdir -p $(I18N)
	$(LUPDATE) -target-language fr $(UI_SOURCES) -ts $(I18N)/screener_fr.ts
	$(LUPDATE) -target-language en -pluralonly $(UI_SOURCES) -ts $(I18N)/screener_en.ts
	$(VENV)/bin/pyside6-lrelease -silent $(I18N)/screener_fr.ts $(I18N)/screener_en.ts

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache

# The wheel and the sdist, in dist/ (`pipx install dist/screener-*.whl` installs the app).
wheel: $(STAMP)
	$(PY) -m build --no-isolation --outdir dist .

# The standalone one-folder app (no Python needed on the target machine), in dist/Screener/.
DIST_STAMP := $(VENV)/.dist-installed
$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,packaging,dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	$(PY) packaging/freeze_bundle.py

dist-check: $(DIST_STAMP)
	$(PY) packaging/check_bundle.py
