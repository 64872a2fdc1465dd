"""Corpus ingest: read, skip what is stored, extract, write in batches.

Streaming end to end: inputs are read lazily, looked up in the store a
chunk at a time, processed in pipeline batches (in worker processes when
asked) and written one transaction per batch, so memory stays flat on any
corpus and a run killed at any moment loses at most its open batch. Running
it again skips every article already stored (by content hash) or already
failed, so each ends up stored exactly once.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path

from ..core import Eventwire
from ..errors import Errors
from ..model import Extraction, InputError
from ..stages.read.article import ReadOptions
from ..stages.read.inputs import directory_files, read_inputs
from ..stages.read.jsonl import read_line
from .db import BatchResult, Failed, Store, Stored
from .rows import content_hash

# Articles looked up in the store per query.
LOOKUP = 256


@dataclass
class IngestSummary:
    """What one ingest run did."""

    run_id: int
    seen: int = 0
    added: int = 0
    skipped: int = 0
    failed: int = 0
    merged: int = 0
    seconds: float = 0.0

    def count(self, result: BatchResult, seen: int) -> None:
        """Add one written batch."""
        self.seen += seen
        self.added += result.added
        self.skipped += result.skipped
        self.failed += result.failed
        self.merged += result.merged


@dataclass
class Pending:
    """What the writer needs to know of an input while the pipeline runs."""

    key: str
    input: str
    read: Extraction | None = None  # a copy of the record as read, for retries
    replaces: str | None = None  # the failure key a retry resolves

    def read_json(self) -> str | None:
        """The record as read, as JSON (only failures need it)."""
        return self.read.model_dump_json() if self.read is not None else None


Progress = Callable[[IngestSummary], None]


def ingest(eventwire: Eventwire, store: Store, paths: Iterable[str | Path], *,
           workers: int | None = None, batch_size: int = 64, published: date | None = None,
           source: str | None = None, progress: Progress | None = None) -> IngestSummary:
    """Ingest files and folders into `store`; articles already there are skipped.

    Args:
        eventwire: the pipeline to extract with.
        store: where records go.
        paths: files or folders, as for `extract` (no stdin: a resumable
            run must be able to read its input again).
        workers: pipeline processes (default: `[pipeline] workers`).
        batch_size: articles per write transaction.
        published, source: defaults for inputs that carry none.
        progress: called after each written batch with the running totals.
    """
    paths = [str(path) for path in paths]
    options = eventwire.options(published, source)
    items = read_inputs(paths, eventwire.config, options)
    return run(eventwire, store, paths, unseen(items, store), workers, batch_size, progress)


def retry_failed(eventwire: Eventwire, store: Store, *, workers: int | None = None,
                 batch_size: int = 64, progress: Progress | None = None) -> IngestSummary:
    """Process every stored failure again; those that now succeed are stored
    and their failure rows removed, the others keep their row (attempts + 1)."""
    options = eventwire.options()
    return run(eventwire, store, ["--retry-failed"], reread(store, options, eventwire),
               workers, batch_size, progress)


def run(eventwire: Eventwire, store: Store, inputs: list[str],
        fresh: Iterator[tuple[Pending, Extraction | InputError] | int], workers: int | None,
        batch_size: int, progress: Progress | None) -> IngestSummary:
    """Drive the pipeline over `fresh` inputs and write the results in batches.

    `fresh` yields (pending, item) pairs, or an int: that many inputs were
    skipped as already stored.
    """
    stage_names = [stage.name for stage in eventwire.pipeline.stages]
    summary = IngestSummary(store.start_run(inputs, stage_names))
    started = time.perf_counter()
    in_flight: deque[Pending] = deque()
    skipped = [0]

    def feed() -> Iterator[Extraction | InputError]:
        for entry in fresh:
            if isinstance(entry, int):
                skipped[0] += entry
                continue
            pending, item = entry
            in_flight.append(pending)
            yield item

    count = workers or int(eventwire.config["pipeline"].get("workers", 1))
    results = eventwire.pipeline.run(feed(), count)
    try:
        while True:
            batch = list(islice(results, batch_size))
            if not batch and not skipped[0]:
                break
            outcome = [(in_flight.popleft(), item) for item in batch]
            result = write(store, summary.run_id, outcome, skipped[0])
            summary.count(result, len(batch) + skipped[0])
            skipped[0] = 0
            summary.seconds = time.perf_counter() - started
            if progress:
                progress(summary)
    except BaseException:
        store.finish_run(summary.run_id, "failed")
        raise
    store.finish_run(summary.run_id)
    summary.seconds = time.perf_counter() - started
    return summary


def write(store: Store, run_id: int, outcome: list[tuple[Pending, Extraction | InputError]],
          skipped: int) -> BatchResult:
    """Write one batch of pipeline results."""
    stored, failed, resolved = [], [], []
    for pending, item in outcome:
        if isinstance(item, Extraction):
            stored.append(Stored(pending.key, pending.input, item))
        else:
            failed.append(Failed(pending.key, pending.input, item, pending.read_json()))
        if pending.replaces and pending.replaces != pending.key:
            resolved.append(pending.replaces)
    return store.write_batch(run_id, stored, failed, skipped=skipped, resolved=resolved)


def unseen(items: Iterable[Extraction | InputError],
           store: Store) -> Iterator[tuple[Pending, Extraction | InputError] | int]:
    """The inputs not yet stored (nor failed), a chunk of lookups at a time."""
    iterator = iter(items)
    while chunk := list(islice(iterator, LOOKUP)):
        keyed = [(key_of(item), item) for item in chunk]
        known = store.known(key for key, _ in keyed)
        skipped = 0
        for key, item in keyed:
            if key in known:
                skipped += 1
                continue
            yield pending_of(key, item), item
        if skipped:
            yield skipped


def key_of(item: Extraction | InputError) -> str:
    """The idempotency key: the content hash, or the input name for an input
    that could not be read."""
    if isinstance(item, Extraction):
        return content_hash(item)
    key = f"input:{item.input}"
    if len(key) > 500:  # the column holds 512; a long path is hashed
        key = "input:sha256:" + hashlib.sha256(item.input.encode("utf-8", "surrogatepass")).hexdigest()
    return key


def pending_of(key: str, item: Extraction | InputError, replaces: str | None = None) -> Pending:
    """What the writer must remember about `item` while it is processed."""
    if isinstance(item, Extraction):
        name = str(item.state.get("input", item.article.id))
        # Stages fill the record in place; the article and the reader's
        # warnings are all a retry needs, and copying them is cheap.
        read = Extraction(article=item.article, warnings=list(item.warnings))
        return Pending(key, name, read, replaces)
    return Pending(key, item.input, None, replaces)


def reread(store: Store, options: ReadOptions,
           eventwire: Eventwire) -> Iterator[tuple[Pending, Extraction | InputError]]:
    """Stored failures as inputs again: from the record kept when it was
    read, else by reading its input again."""
    for row in store.failures_to_retry():
        if row["article"]:
            item: Extraction | InputError = Extraction.model_validate_json(row["article"])
            item.state["input"] = row["input"]
        else:
            item = read_again(row["input"], options, eventwire)
        yield pending_of(key_of(item), item, replaces=row["key"]), item


def read_again(name: str, options: ReadOptions, eventwire: Eventwire) -> Extraction | InputError:
    """Read the input a failure names ("file", or "file.jsonl:LINE") again."""
    path, _, line = name.rpartition(":")
    if path and line.isdigit() and Path(path).is_file():
        with Path(path).open("rb") as handle:
            text = next(islice(handle, int(line) - 1, None), b"")
        return read_line(text, name, options)
    if Path(name).is_file():
        found = list(read_inputs([name], eventwire.config, options))
        if len(found) == 1:
            return found[0]
    reason = "the input is gone or is not a single article"
    message = Errors.E102.format(input=name, reason=reason)
    return InputError(error=f"E102 {message}", code="E102", input=name)


def estimate_total(paths: Iterable[str | Path], suffixes: dict[str, str]) -> int:
    """About how many articles `paths` hold, for a progress bar: JSONL lines
    and feed entries are counted (a fast byte scan), every other file is one
    article."""
    total = 0
    for raw in paths:
        path = Path(raw)
        files = directory_files(path, suffixes) if path.is_dir() else [path]
        for file in files:
            kind = suffixes.get(file.suffix.lower(), "")
            if kind == "eventwire.read.jsonl.v1":
                total += count_lines(file)
            elif kind == "eventwire.read.feed.v1":
                total += count_entries(file)
            else:
                total += 1
    return total


FEED_ENTRY = re.compile(rb"<(?:item|entry)[\s>]")


def count_entries(path: Path) -> int:
    """RSS items or Atom entries in a feed file (a tag count, not a parse)."""
    try:
        return len(FEED_ENTRY.findall(path.read_bytes()))
    except OSError:
        return 1


def count_lines(path: Path) -> int:
    """Non-blank lines of a file, read in blocks."""
    count = 0
    try:
        with path.open("rb") as handle:
            for line in handle:
                count += bool(line.strip())
    except OSError:
        return 1
    return count
