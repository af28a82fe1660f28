# mtd-analysis: every command a newcomer needs. `make help` lists them.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check
STAMP := $(VENV)/.installed-stamp
SAMPLE_RAW := data/raw/sample
SAMPLE_OUT := data/processed/sample
REPORT := reports/sample
KERNEL := mtd-analysis
NB_LANG ?= uk
NB_JOBS ?= 2
BRIEFING := reports/notebooks
MIN_VENV := .venv-min
# JupyterLab refuses to start as root unless told: a container often runs as root.
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)
# Saved and validated notebooks show their tables statically (see the root conftest.py).
STATIC := MTD_ANALYSIS_STATIC=1

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "Installing mtd-analysis and its test tools into $(VENV) (pip) ..."
	@$(PIP) install -q --upgrade pip 2>&1 | grep -v -E "is ignored|^\s*$$" || true
	@set -o pipefail; $(PIP) install -q -e '.[test,docs]' 2>&1 | grep -v -E "is ignored|^\s*$$" || test $${PIPESTATUS[0]} -eq 0
	@$(PY) -c "import mtd_analysis, pandas, python_calamine, nbval, xlwt, itables, ipywidgets" || (echo "install failed" >&2; exit 1)
	@$(PY) -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "$(KERNEL)" >/dev/null
	@touch $(STAMP)

# The package's bytecode, written ahead: an editable install leaves it to each run, and where
# PYTHONDONTWRITEBYTECODE is set (as on these machines) every command, kernel and worker compiled the
# package's sources again (0.2 s of each start). Only files changed since are compiled again.
bytecode: $(STAMP)
	@$(PY) -m compileall -q -j 0 mtd_analysis >/dev/null

## Create .venv (python3 -m venv + pip), install the package with its test extras and its Jupyter kernel
install: $(STAMP)

## Build both sample snapshots, show what changed between them, write partner feedback and the meeting report
demo: bytecode
	$(PY) -m mtd_analysis build $(SAMPLE_RAW)/2021-03 --out $(SAMPLE_OUT)/2021-03 --year 2021 --date 2021-03-15 --quiet
	$(PY) -m mtd_analysis build $(SAMPLE_RAW)/2021-06 --out $(SAMPLE_OUT)/2021-06 --year 2021 --date 2021-06-10
	$(PY) -m mtd_analysis diff $(SAMPLE_OUT)/2021-03 $(SAMPLE_OUT)/2021-06
	$(PY) -m mtd_analysis feedback $(SAMPLE_OUT)/2021-06 --to $(REPORT)/feedback
	$(PY) -m mtd_analysis report $(SAMPLE_OUT)/2021-06 --to $(REPORT) --lang both
	@echo "Open $(REPORT)/ for the charts, PDF packs and summary.xlsx"

## Run every test: unit tests, doctests and the notebooks (strict nbval)
test: bytecode
	$(PY) -m pytest -q

## Fuzz the readers and the build with thousands of random damaged submissions (Hypothesis, ~10 min)
fuzz: $(STAMP)
	MTD_FUZZ=1 $(PY) -m pytest -q tests/test_fuzz.py --hypothesis-show-statistics

## Run the unit tests and doctests on the lowest versions pyproject.toml allows (constraints-lowest.txt; slow: a new venv)
test-min:
	@test -x $(MIN_VENV)/bin/python || $(PYTHON) -m venv $(MIN_VENV)
	$(MIN_VENV)/bin/python -m pip install -q --disable-pip-version-check -c constraints-lowest.txt -e '.[test]'
	$(MIN_VENV)/bin/python -m pip list --disable-pip-version-check 2>/dev/null | grep -i -E "^(pandas|numpy|matplotlib|seaborn|openpyxl|python.calamine|pandera|rapidfuzz|tqdm|defusedxml) "
	$(MIN_VENV)/bin/python -m pytest -q -p no:nbval -o addopts="--doctest-modules -p no:cacheprovider" tests mtd_analysis

## Lint, format-check, import layers and type check (mypy) of the code and the notebooks (what pre-commit runs)
lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) -m mypy
	$(PY) scripts/check_notebook_outputs.py notebooks/*.ipynb

## Build the API documentation from the docstrings into site/ (mkdocs + mkdocstrings, offline)
docs: $(STAMP)
	$(VENV)/bin/mkdocs build --strict --site-dir site

## Register the "mtd-analysis" kernel for your user, so that an existing Jupyter or Anaconda sees it
kernel: $(STAMP)
	$(PY) -m ipykernel install --user --name $(KERNEL) --display-name "$(KERNEL)"

## Open JupyterLab on the notebooks, in this environment (also as root, in a container)
lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks/ $(ALLOW_ROOT)

## Re-execute the notebooks in place, NB_JOBS at a time, tables static (then commit their outputs: nbval compares them)
notebooks: $(STAMP)
	ls notebooks/*.ipynb | $(STATIC) xargs -P $(NB_JOBS) -n 1 $(VENV)/bin/jupyter nbconvert --to notebook --execute --inplace --ExecutePreprocessor.kernel_name=$(KERNEL)
	$(PY) scripts/check_notebook_outputs.py notebooks/*.ipynb

## Execute every notebook in NB_LANG (default uk) into reports/notebooks/NB_LANG/: the meeting's briefing
briefing: $(STAMP)
	@mkdir -p $(BRIEFING)/$(NB_LANG)
	for nb in notebooks/*.ipynb; do \
	  $(STATIC) $(VENV)/bin/papermill -k $(KERNEL) --cwd notebooks -p LANG $(NB_LANG) "$$nb" "$(BRIEFING)/$(NB_LANG)/$$(basename $$nb)" || exit 1; \
	done
	@echo "Open $(BRIEFING)/$(NB_LANG)/ (or: $(VENV)/bin/jupyter nbconvert --to html $(BRIEFING)/$(NB_LANG)/*.ipynb)"

## Regenerate the invented sample submissions from their fixed seed
sample: $(STAMP)
	$(PY) scripts/make_sample.py --out $(SAMPLE_RAW)

## Run the benchmarks (writes benchmarks/results/)
bench: bytecode
	$(PY) benchmarks/run.py

## Remove built outputs (never data/raw)
clean:
	rm -rf $(SAMPLE_OUT) reports site .pytest_cache

## List the make targets
help:
	@awk '/^## /{doc=substr($$0,4); next} /^[a-zA-Z_-]+:/{if(doc){split($$1,t,":"); printf "  \033[1m%-10s\033[0m %s\n", t[1], doc}; doc=""}' $(MAKEFILE_LIST)

.PHONY: install bytecode demo test test-min fuzz lint docs kernel lab notebooks briefing sample bench clean help
