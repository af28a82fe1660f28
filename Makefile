# mtd-analysis: every command a newcomer needs. `make help` lists them.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check
STAMP := $(VENV)/.installed-stamp
SAMPLE := data/raw/sample/2021-03
SAMPLE_OUT := data/processed/sample

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "Installing mtd-analysis and its test tools into $(VENV) ..."
	@$(PIP) install -q --upgrade pip 2>&1 | grep -v "is ignored" || true
	@$(PIP) install -q -e '.[test]' 2>&1 | grep -v -E "is ignored|^\s*$$" || true
	@$(PY) -c "import mtd_analysis, pandas, python_calamine, nbval" || (echo "install failed" >&2; exit 1)
	@touch $(STAMP)

## Create .venv (python3 -m venv + pip) and install the package with its test extras
install: $(STAMP)

## Build the bundled sample into data/processed/sample and make its report
demo: $(STAMP)
	$(PY) -m mtd_analysis build $(SAMPLE) --out $(SAMPLE_OUT) --year 2021

## Run every test: unit tests, doctests and the notebooks (strict nbval)
test: $(STAMP)
	$(PY) -m pytest -q

## List the make targets
help:
	@awk '/^## /{doc=substr($$0,4); next} /^[a-zA-Z_-]+:/{if(doc){split($$1,t,":"); printf "  \033[1m%-10s\033[0m %s\n", t[1], doc}; doc=""}' $(MAKEFILE_LIST)

.PHONY: install demo test help
