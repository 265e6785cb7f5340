# Two commands do everything on a fresh machine:
#   make demo   set up the virtual environment and run the daily crawl on the offline snapshot
#   make test   set up the virtual environment and run lint, the docs build, tests and the extraction quality gate
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SHARED ?= ../shared

# Prefect stays local and quiet: a project-local home, no telemetry.
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
# mkdocs-material prints an end-of-life banner on every build; the docs build must stay warning-free.
export NO_MKDOCS_2_WARNING := 1

# Quality bounds of `make quality` on the labelled dev set (issue: call extraction to production quality).
QUALITY_MIN ?= --min article_f1=0.97 --min call_f1=0.93 --min date=0.95 --min medium=0.97 \
               --min country=0.97 --min role=0.90 --min title=0.85
# Bounds on the second labelled batch (dev2, 108 articles; issue 14), whole. Its third whose id's sha256 is 0 mod 3
# (benchmarks/split_dev2.py) was blind up to 1.63.0 and opened for 1.64.0 (docs/extraction-scores.md); it is still
# printed apart. Reached at 1.65.0: article 1.000, call 0.993, date 1.000, medium 1.000, country 1.000, role 0.979,
# title 0.979.
QUALITY2_MIN ?= --min article_f1=0.99 --min call_f1=0.98 --min date=0.98 --min medium=0.99 \
                --min country=0.99 --min role=0.97 --min title=0.97

.PHONY: setup demo test lint docs quality bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	$(PY) -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $@

demo: setup
	$(VENV)/bin/diendam demo

lint: setup
	$(VENV)/bin/ruff check .

test: setup lint docs
	$(PY) -m pytest -q -p no:cacheprovider
	$(MAKE) --no-print-directory quality

# The documentation site into build/site; --strict: a broken link or anchor, or a page left out of the
# nav in mkdocs.yml, fails the build. Offline (no plugin or font is fetched).
docs: setup
	$(VENV)/bin/mkdocs build --strict

quality: setup
	@if [ -f $(SHARED)/corpus/dev.jsonl ]; then \
	  mkdir -p build && \
	  $(VENV)/bin/diendam extract $(SHARED)/corpus/dev.jsonl -o build/dev-pred.jsonl && \
	  $(PY) $(SHARED)/eval/score.py $(SHARED)/corpus/dev.jsonl build/dev-pred.jsonl $(QUALITY_MIN); \
	else echo "quality: $(SHARED)/corpus/dev.jsonl absent, skipped"; fi
	@if [ -f $(SHARED)/corpus/dev2.jsonl ]; then \
	  mkdir -p build && \
	  $(PY) benchmarks/split_dev2.py $(SHARED)/corpus/dev2.jsonl build && \
	  $(VENV)/bin/diendam extract $(SHARED)/corpus/dev2.jsonl -o build/dev2-pred.jsonl && \
	  echo "dev2-tune:" && $(PY) $(SHARED)/eval/score.py build/dev2-tune.jsonl build/dev2-pred.jsonl && \
	  echo "dev2-blind (blind up to 1.63.0, opened for 1.64.0):" && \
	  $(PY) $(SHARED)/eval/score.py build/dev2-blind.jsonl build/dev2-pred.jsonl ; \
	  echo "dev2 (whole):" && \
	  $(PY) $(SHARED)/eval/score.py $(SHARED)/corpus/dev2.jsonl build/dev2-pred.jsonl $(QUALITY2_MIN) \
	    | grep -v '^articles with'; test $${PIPESTATUS[0]} -eq 0 && \
	  echo "confidence calibration (dev + dev2):" && \
	  $(PY) benchmarks/confidence_calibration.py --scorer $(SHARED)/eval/score.py --min 0.97 \
	    $(SHARED)/corpus/dev.jsonl build/dev-pred.jsonl $(SHARED)/corpus/dev2.jsonl build/dev2-pred.jsonl; \
	else echo "quality: $(SHARED)/corpus/dev2.jsonl absent, skipped"; fi

bench: setup
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) build .prefect .pytest_cache .ruff_cache
