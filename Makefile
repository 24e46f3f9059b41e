# reportedly: `make demo` and `make test` set everything up from a fresh clone (Python 3.11+, make).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: setup demo test lint eval bench bench-store accept-store clean

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "reportedly needs Python 3.11+, found " + sys.version.split()[0])'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
	@touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/reportedly extract --example --format table

test: setup
	$(BIN)/python -m ruff check src tests bench
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/python -m ruff check src tests bench

eval: setup
	$(BIN)/reportedly eval $(SHARED)/data/polnear/dev.jsonl

bench: setup
	$(BIN)/python bench/throughput.py --gold $(SHARED)/data/polnear/dev.jsonl

# Corpus store: ingest docs/s on 1 and 2 cores and on Dask (2 local workers), memory at 10,000 documents.
bench-store: setup
	$(BIN)/python bench/store.py --polnear $(SHARED)/data/polnear

# Corpus store acceptance: PolNeAR train+dev (924 reports) ingested, then ingested again.
accept-store: setup
	$(BIN)/python bench/store.py --polnear-reingest --polnear $(SHARED)/data/polnear

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .ruff_cache
