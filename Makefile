# `make run`: set up and build the sample graph; `make test`: set up, lint (ruff), type-check (mypy)
# and run every test;
# `make test-fast`: the loop to run while editing, under a minute: every test but those marked
# slow, browser (headless Chromium) or virtuoso (a real Virtuoso server); see pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
KG := $(BIN)/kg
STAMP := $(VENV)/.installed
QUERIES := leaders agreements gifts commitments meetings timeline ledger

.PHONY: install run lint test test-fast clean bench bench-corpus bench-serve docs

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The sample goes into the project store (.kg/store, embedded Oxigraph); everything else reads it.
run: install
	$(KG) add data/articles
	$(KG) list
	$(KG) export -o exports/graph.ttl -o exports/graph.trig -o exports/graph.jsonld -o exports/graph.html
	$(KG) stats
	@for q in $(QUERIES); do echo; echo "== $$q"; $(KG) query --name $$q || exit 1; done

lint: install
	$(BIN)/ruff check kg tests scripts benchmarks
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -q -rs

test-fast: install
	$(BIN)/python -m pytest -q -rs -m "not slow and not browser and not virtuoso"

# docs/graph.png, the picture in the README: the sample graph (from `make run`) in headless
# Chromium (/usr/bin/chromium). Not part of `make test`; the page itself goes to a temporary folder.
docs: install
	tmp=$$(mktemp -d) && $(KG) view --graph exports/graph.trig --title "kg: graph" -o $$tmp/graph.html \
		--png docs/graph.png; status=$$?; rm -rf $$tmp; exit $$status

clean:
	rm -rf $(VENV) .pytest_cache

# `kg serve` under load with heavy queries in the mix (about 30 s; its section of benchmarks/results.md).
bench-serve: install
	$(BIN)/python benchmarks/serve_load.py

# Benchmarks (not part of `make test`): ratios measured side by side, a table written to benchmarks/results.md.
# About 20 minutes on 2 cores; `$(BIN)/python benchmarks/run.py --quick` takes about 5.
bench: install
	$(BIN)/python benchmarks/run.py

# The whole White House corpus in one store, then `kg view` of it opened in Chromium (#10);
# about 25 minutes on 2 cores (measured below), written to benchmarks/corpus-results.md.
CORPUS_STORE ?= /tmp/kg-bench-corpus-store
bench-corpus: install
	rm -rf $(CORPUS_STORE)
	$(BIN)/python benchmarks/corpus.py --build --store $(CORPUS_STORE)
