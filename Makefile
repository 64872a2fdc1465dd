# eventwire: `make run` sets up and runs on the bundled examples; `make test`
# runs the test suite. Both create .venv from the hash-pinned lock file.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXAMPLES_OUT := out/examples.jsonl

.PHONY: run test bench bench-ingest eval schema docs clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(STAMP)
	mkdir -p out
	$(BIN)/eventwire extract examples --output $(EXAMPLES_OUT) || test $$? -eq 1
	@echo "Wrote $$(wc -l < $(EXAMPLES_OUT)) article records to $(EXAMPLES_OUT)"
	$(BIN)/eventwire ingest examples --db sqlite:///eventwire.db --quiet || test $$? -eq 1

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m eventwire.bench $(BENCH_ARGS)

bench-ingest: $(STAMP)
	$(BIN)/python -m eventwire.bench_ingest $(BENCH_ARGS)

eval: $(STAMP)
	$(BIN)/eventwire eval all --write-docs

schema: $(STAMP)
	$(BIN)/python -m eventwire.schema_gen

docs: $(STAMP)
	$(BIN)/python scripts/gen_docs.py

clean:
	rm -rf $(VENV) out build src/*.egg-info
