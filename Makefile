# Quotedesk: `make run` opens the app, `make test` checks everything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := resources/samples/seed-id-peskov.txt

.PHONY: run test test-slow lint bench accuracy package clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/quotedesk --sample

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# the reliability tests that take over a minute each (marked slow)
test-slow: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow

bench: $(STAMP)
	$(BIN)/python benchmarks/extract_speed.py

accuracy: $(STAMP)
	$(BIN)/python benchmarks/accuracy.py

# a one-folder PyInstaller bundle in dist/Quotedesk/ and its .tar.gz (installs pyinstaller into .venv)
package: $(STAMP)
	bash packaging/build.sh

clean:
	rm -rf $(VENV) build dist *.egg-info desktop/*.egg-info .pytest_cache .ruff_cache
