"""`make bench-ingest`: ingest against extract throughput, and memory flatness.

Two measurements, appended to docs/performance.md:

1. Throughput: the same synthetic corpus through `extract` (read, every
   stage, JSON) and through `ingest` into a fresh SQLite file, one process
   each, with the configured pipeline, alternated `--repeat` times (the
   best of each counts: the machine is shared). The target is ingest >=
   90% of extract. The store's own cost per event (insert, dedup, links)
   is timed on synthetic records with events, so the cost is known even
   while the pipeline finds none.
2. Memory: ingest of a large JSONL corpus (default 100,000 lines) with a
   cheap pipeline (the language stage only: the full pipeline runs ~11
   articles/s per core, so 100k articles would take hours here), in a
   child process that samples its resident memory after every batch; RSS
   at 10k and at 100k articles shows whether memory stays flat.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from .bench import commit, machine, publish
from .bench_corpus import generate_corpus
from .config import load_config
from .core import Eventwire

CHEAP = {"pipeline": {"stages": ["language"]}}


def write_corpus(path: Path, n: int, seed: int = 7, distinct: int = 1000) -> Path:
    """A JSONL corpus of `n` lines, streamed to disk; texts repeat every
    `distinct` lines, ids never (so every line is a new article)."""
    base = list(generate_corpus(min(n, distinct), seed=seed))
    with path.open("w", encoding="utf-8") as out:
        for number in range(n):
            article = dict(base[number % len(base)], id=f"bench-{number}")
            out.write(json.dumps(article) + "\n")
    return path


def rss_mib() -> float:
    """This process's current resident memory, MiB."""
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mib() -> float:
    """This process's peak resident memory (VmHWM), MiB. Unlike ru_maxrss it
    does not inherit the parent's peak across fork and exec."""
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def time_store_writes(folder: Path, events: int) -> tuple[int, float]:
    """Events and CPU seconds to write synthetic records (dedup included)."""
    from .store.db import Store, Stored
    from .store.rows import content_hash
    from .store.synthetic import records

    batch: list = []
    made = [Stored(content_hash(record), record.article.id, record) for record in records(events)]
    with Store(f"sqlite:///{folder / 'writes.db'}") as store:
        started = time.process_time()
        for item in made:
            batch.append(item)
            if len(batch) == 64:
                store.write_batch(None, batch)
                batch = []
        if batch:
            store.write_batch(None, batch)
        seconds = time.process_time() - started
        return store.counts()["events"], seconds


def time_extract(eventwire: Eventwire, corpus: Path) -> tuple[int, float, float]:
    """Articles, wall seconds and CPU seconds for extract to JSON (output discarded)."""
    started, cpu = time.perf_counter(), time.process_time()
    count = 0
    for item in eventwire.extract([corpus], workers=1):
        item.model_dump_json()
        count += 1
    return count, time.perf_counter() - started, time.process_time() - cpu


def time_ingest(eventwire: Eventwire, corpus: Path, url: str) -> tuple[int, float, float]:
    """Articles stored, wall seconds and CPU seconds for ingest into a fresh database."""
    from .store.db import Store
    from .store.ingest import ingest

    with Store(url) as store:
        started, cpu = time.perf_counter(), time.process_time()
        summary = ingest(eventwire, store, [corpus], workers=1)
        return summary.added, time.perf_counter() - started, time.process_time() - cpu


def child(corpus: Path, url: str, marks: list[int]) -> dict:
    """Run one cheap ingest here, sampling RSS at the given article counts."""
    from .store.db import Store
    from .store.ingest import ingest

    eventwire = Eventwire(load_config(overrides=CHEAP))
    samples: dict[int, float] = {}
    pending = sorted(marks)

    def sample(summary) -> None:
        while pending and summary.seen >= pending[0]:
            samples[pending.pop(0)] = rss_mib()

    with Store(url) as store:
        summary = ingest(eventwire, store, [corpus], workers=1, progress=sample)
    return {"added": summary.added, "seconds": summary.seconds, "rss": samples, "peak": peak_mib()}


def memory_run(folder: Path, n: int, marks: list[int]) -> dict:
    """The cheap ingest of an n-line corpus in a child process."""
    corpus = write_corpus(folder / f"corpus-{n}.jsonl", n)
    url = f"sqlite:///{folder / f'memory-{n}.db'}"
    code = ("import json, sys; from pathlib import Path; from eventwire.bench_ingest import child; "
            "print(json.dumps(child(Path(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3]))))")
    out = subprocess.run([sys.executable, "-c", code, str(corpus), url, json.dumps(marks)],
                         check=True, capture_output=True, text=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["db_mib"] = Path(url.removeprefix("sqlite:///")).stat().st_size / 2**20
    return result


def render(n: int, extract: tuple[int, float], ingested: tuple[int, float], writes: tuple[int, float],
           memory: dict | None, big: int, stages: list[str], events: int) -> str:
    """The markdown block for docs/performance.md."""
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    (ex_count, ex_secs, ex_cpu), (in_count, in_secs, in_cpu) = extract, ingested
    ex_rate, in_rate = ex_count / ex_cpu, in_count / in_cpu
    per_event = 1000 * writes[1] / max(writes[0], 1)
    lines = [
        f"## Ingest, {stamp}, commit {commit()}", "",
        f"- Machine: {machine()}; load average {os.getloadavg()[0]:.1f} when it ended",
        f"- Throughput corpus: {n} synthetic wire articles (bench_corpus, seed 7) as JSONL; "
        f"pipeline: {', '.join(stages)} ({events} events found); one process; ingest writes "
        "to a fresh SQLite file; best of the alternated runs. Rates are per CPU second of the "
        "process: on a shared machine wall time measures the neighbours more than the code", "",
        "| run | articles | wall s | CPU s | articles per CPU s |", "|---|---:|---:|---:|---:|",
        f"| extract (read + stages + JSON) | {ex_count} | {ex_secs:.1f} | {ex_cpu:.1f} | {ex_rate:.1f} |",
        f"| ingest (read + stages + SQLite + dedup) | {in_count} | {in_secs:.1f} | {in_cpu:.1f} | {in_rate:.1f} |",
        "", f"Ingest runs at **{100 * in_rate / ex_rate:.0f}%** of extract throughput (CPU time).", "",
        f"- Store writes alone: {writes[0]:,} synthetic events (one or two per article, a third "
        f"repeating an earlier event) in {writes[1]:.1f} CPU s: **{per_event:.2f} ms per event** "
        "(insert, actors, dedup against the candidates, merged-event update, report link)", "",
    ]
    if memory is None:
        return "\n".join(lines) + "\n"
    lines += [
        f"- Memory corpus: {big:,} JSONL lines (1,000 distinct synthetic texts, every id new), "
        "pipeline = the language stage only, one process, SQLite",
        f"- {memory['added']:,} articles stored in {memory['seconds']:.0f} s "
        f"({memory['added'] / memory['seconds']:.0f} articles/s); database {memory['db_mib']:.0f} MiB; "
        f"peak RSS {memory['peak']:.0f} MiB", "",
        "| articles ingested | RSS (MiB) |", "|---:|---:|",
    ]
    lines += [f"| {int(mark):,} | {rss:.0f} |" for mark, rss in sorted(memory["rss"].items(), key=lambda x: int(x[0]))]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run both measurements; append them to docs/performance.md."""
    parser = argparse.ArgumentParser(prog="python -m eventwire.bench_ingest", description=__doc__)
    parser.add_argument("-n", type=int, default=200, help="articles for the throughput run (default 200)")
    parser.add_argument("--big", type=int, default=100_000, help="JSONL lines for the memory run (0: skip it)")
    parser.add_argument("--repeat", type=int, default=2, help="alternated extract/ingest runs (best counts)")
    parser.add_argument("--events", type=int, default=5000, help="synthetic events for the store-write run")
    parser.add_argument("--no-write", action="store_true", help="print only; leave the docs alone")
    args = parser.parse_args(argv)
    marks = sorted({m for m in (1_000, 10_000, 50_000, 100_000, 500_000, 1_000_000, args.big) if m <= args.big})
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        corpus = write_corpus(folder / "throughput.jsonl", args.n)
        eventwire = Eventwire()
        extracts, ingests = [], []
        for attempt in range(args.repeat):
            extracts.append(time_extract(eventwire, corpus))
            ingests.append(time_ingest(eventwire, corpus, f"sqlite:///{folder / f'throughput{attempt}.db'}"))
        from .store.db import Store

        with Store(f"sqlite:///{folder / 'throughput0.db'}") as store:
            events = store.counts()["events"]
        writes = time_store_writes(folder, args.events)
        memory = memory_run(folder, args.big, marks) if args.big else None
        stages = [stage.name for stage in eventwire.pipeline.stages]
    best = lambda runs: min(runs, key=lambda run: run[2] / max(run[0], 1))  # noqa: E731
    block = render(args.n, best(extracts), best(ingests), writes, memory, args.big, stages, events)
    publish(block, write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
