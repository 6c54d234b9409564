# Everything runs inside .venv in the repo; `make run` and `make test` set it up on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test clean bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# The main job: build the graph from seeds/ and answer the canned supply questions.
run: $(STAMP)
	$(BIN)/kg build
	$(BIN)/kg query who-supplies --param recipient=Cuba
	$(BIN)/kg query who-supplies --param recipient=Iran

# The tests of `kg check` need Java for the HermiT reasoner, the browser tests Debian's Chromium;
# the scripts install them when missing.
test: $(STAMP)
	bash scripts/ensure-system-packages.sh
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .kg-store
