# Everything a newcomer needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export MR_API_SPEC ?= $(abspath ../shared/api/public-client-api-v1.yaml)

.PHONY: venv demo test bench lint sandbox clean translations screenshots bytecode

venv: $(STAMP) translations bytecode

# The program's modules compiled to bytecode, as an installed package has them: with
# PYTHONDONTWRITEBYTECODE set (as on these machines) Python would otherwise compile
# every module again at each start, about 100 ms of the program's start-up. Only
# changed files are compiled again.
bytecode: $(STAMP)
	$(PY) -m compileall -q -j 0 app ui tests > /dev/null

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The desktop program on the embedded demo sandbox (data kept in the per-user data folder).
# On Linux, packaging/linux/run-gui.sh first installs the X11 libraries Qt needs and
# explains what to do when there is no display.
demo: venv translations
	PY=$(PY) sh packaging/linux/run-gui.sh $(VENV)/bin/mr-desktop --demo

# Qt Linguist sources -> compiled catalogues (build output, not committed)
TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

translations: $(QM_FILES)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

test: venv translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider
	$(MAKE) --no-print-directory lint

bench: venv
	mkdir -p build
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -m bench tests/benchmarks -s

lint: venv
	$(VENV)/bin/ruff check app ui tests
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache

# The program with the demo data, rendered offscreen into docs/screenshots (Danish, English)
screenshots: venv translations
	$(PY) -m tests.ui.screenshots docs/screenshots
