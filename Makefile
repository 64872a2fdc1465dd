# eventwire: `make run` sets up and runs on the bundled examples; `make test`
# runs the test suite. Both create .venv from the hash-pinned lock file.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXAMPLES_OUT := out/examples.jsonl

.PHONY: run serve test bench bench-ingest bench-serve eval schema docs clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(STAMP)
	mkdir -p out
	$(BIN)/eventwire ingest examples --db sqlite:///eventwire.db --quiet || test $$? -eq 1
	$(BIN)/eventwire export --db sqlite:///eventwire.db --format jsonl --output $(EXAMPLES_OUT)
	@echo "Wrote $$(wc -l < $(EXAMPLES_OUT)) article records to $(EXAMPLES_OUT)"
	@echo "Serving the dashboard over the examples at http://127.0.0.1:8000 (Ctrl-C stops it)"
	$(BIN)/eventwire serve --db sqlite:///eventwire.db --host 127.0.0.1 --port 8000

# The API and dashboard over eventwire.db (EVENTWIRE_TOKEN enables writing).
serve: $(STAMP)
	$(BIN)/eventwire serve --db sqlite:///eventwire.db

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m eventwire.bench $(BENCH_ARGS)

bench-ingest: $(STAMP)
	$(BIN)/python -m eventwire.bench_ingest $(BENCH_ARGS)

# 50 concurrent clients for 30 s against a 100k-event SQLite store (docs/performance.md).
bench-serve: $(STAMP)
	$(BIN)/python scripts/bench_serve.py $(BENCH_ARGS)

eval: $(STAMP)
	$(BIN)/eventwire eval all --write-docs

schema: $(STAMP)
	$(BIN)/python -m eventwire.schema_gen

docs: $(STAMP)
	$(BIN)/python scripts/gen_docs.py

clean:
	rm -rf $(VENV) out build src/*.egg-info
