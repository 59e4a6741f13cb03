# The few verbs people type. Each sets up .venv from nothing the first time (and again
# whenever pyproject.toml changes), so a fresh clone needs only `make run` or `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint check bench robustness grids faults clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed (found %s)" % sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	@$(PY) -m bot run

check: $(STAMP)
	$(PY) -m bot check

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

test: $(STAMP) lint check
	$(PY) -m pytest

# The benchmark's baselines (bm25s with numba, rank_bm25) are installed only for it: tests never need them.
bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[bench]'
	$(PY) bench/run.py

# Whether right answers stay right when the same questions arrive wrapped as Slack messages are (seconds).
robustness: $(STAMP)
	$(PY) bench/robustness.py

# Summary requests, chat turns, wrapped questions and statements to confirm, built from parts crossed (seconds).
grids: $(STAMP)
	$(PY) bench/grids.py

faults: $(STAMP)
	$(PY) bench/faults.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .cache
