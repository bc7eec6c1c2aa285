# Everything a newcomer needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export MR_API_SPEC ?= $(abspath ../shared/api/public-client-api-v1.yaml)

.PHONY: venv demo test bench lint sandbox clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: venv
	$(PY) -m app.sandbox --seed demo --data "$${MR_DEMO_DATA:-$$HOME/.local/share/multiregnskab-sandbox}"

test: venv
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
