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

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "Installing mtd-analysis and its test tools into $(VENV) (pip) ..."
	@$(PIP) install -q --upgrade pip 2>&1 | grep -v -E "is ignored|^\s*$$" || true
	@set -o pipefail; $(PIP) install -q -e '.[test]' 2>&1 | grep -v -E "is ignored|^\s*$$" || test $${PIPESTATUS[0]} -eq 0
	@$(PY) -c "import mtd_analysis, pandas, python_calamine, nbval, xlwt" || (echo "install failed" >&2; exit 1)
	@$(PY) -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "$(KERNEL)" >/dev/null
	@touch $(STAMP)

## Create .venv (python3 -m venv + pip), install the package with its test extras and its Jupyter kernel
install: $(STAMP)

## Build both sample snapshots, show what changed between them, write partner feedback and the meeting report
demo: $(STAMP)
	$(PY) -m mtd_analysis build $(SAMPLE_RAW)/2021-03 --out $(SAMPLE_OUT)/2021-03 --year 2021 --date 2021-03-15 --quiet
	$(PY) -m mtd_analysis build $(SAMPLE_RAW)/2021-06 --out $(SAMPLE_OUT)/2021-06 --year 2021 --date 2021-06-10
	$(PY) -m mtd_analysis diff $(SAMPLE_OUT)/2021-03 $(SAMPLE_OUT)/2021-06
	$(PY) -m mtd_analysis feedback $(SAMPLE_OUT)/2021-06 --to $(REPORT)/feedback
	$(PY) -m mtd_analysis report $(SAMPLE_OUT)/2021-06 --to $(REPORT) --lang both
	@echo "Open $(REPORT)/ for the charts, PDF packs and summary.xlsx"

## Run every test: unit tests, doctests and the notebooks (strict nbval)
test: $(STAMP)
	$(PY) -m pytest -q

## Fuzz the readers and the build with thousands of random damaged submissions (Hypothesis, ~10 min)
fuzz: $(STAMP)
	MTD_FUZZ=1 $(PY) -m pytest -q tests/test_fuzz.py --hypothesis-show-statistics

## Lint and format-check the code and the notebooks (what pre-commit runs)
lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) scripts/check_notebook_outputs.py notebooks/*.ipynb

## Register the "mtd-analysis" Jupyter kernel of this environment
kernel: $(STAMP)
	$(PY) -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "$(KERNEL)"

## Open JupyterLab on the notebooks, in this environment
lab: kernel
	$(VENV)/bin/jupyter lab notebooks/

## Re-execute the notebooks in place (then commit their outputs: nbval compares them)
notebooks: kernel
	$(VENV)/bin/jupyter nbconvert --to notebook --execute --inplace --ExecutePreprocessor.kernel_name=$(KERNEL) notebooks/*.ipynb
	$(PY) scripts/check_notebook_outputs.py notebooks/*.ipynb

## Regenerate the invented sample submissions from their fixed seed
sample: $(STAMP)
	$(PY) scripts/make_sample.py --out $(SAMPLE_RAW)

## Run the benchmarks (writes benchmarks/results/)
bench: $(STAMP)
	$(PY) benchmarks/run.py

## Remove built outputs (never data/raw)
clean:
	rm -rf $(SAMPLE_OUT) reports .pytest_cache

## List the make targets
help:
	@awk '/^## /{doc=substr($$0,4); next} /^[a-zA-Z_-]+:/{if(doc){split($$1,t,":"); printf "  \033[1m%-10s\033[0m %s\n", t[1], doc}; doc=""}' $(MAKEFILE_LIST)

.PHONY: install demo test fuzz lint kernel lab notebooks sample bench clean help
