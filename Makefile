# The two Quick start commands (see README): `make demo` and `make test`.
# Everything the project needs is installed from here: a virtualenv from pyproject.toml, the web
# page's npm packages, and Debian's chromium for the browser tests.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ITEM ?= CTOC/COP/WG.7/2013/1 item 2

.PHONY: demo test setup setup-test lint clean

$(BIN)/mandategraph: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup: $(BIN)/mandategraph

# Build the graph from data/, validate it, and trace an agenda item of the 2013 agenda.
demo: setup
	$(BIN)/mandategraph build
	$(BIN)/mandategraph validate
	$(BIN)/mandategraph trace "$(ITEM)"

setup-test: setup
	bash .ci/setup-test

# ruff and mypy, as `make test` runs them first.
lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

test: setup-test lint
	$(BIN)/pytest

clean:
	rm -rf $(VENV) build node_modules
