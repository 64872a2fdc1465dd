"""`make bench`: articles per second and peak memory, per stage.

Runs on a synthetic corpus generated from templates (`bench_corpus`) or on
any corpus the user names, and appends the figures, with a description of
the machine, to docs/performance.md. Timings belong here, never in tests.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .bench_corpus import generate_corpus
from .core import Eventwire
from .model import Extraction

DOC = Path(__file__).resolve().parents[2] / "docs" / "performance.md"


@dataclass
class Run:
    """One measured run."""

    name: str
    articles: int
    errors: int
    seconds: float
    mean_bytes: float
    stages: dict[str, float] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        """Articles per second."""
        return self.articles / self.seconds if self.seconds else float("inf")


def bench_reader(paths: list[Path], eventwire: Eventwire) -> Run:
    """Time the read stage alone (files to records, no pipeline)."""
    from .stages.read.inputs import read_inputs

    started = time.perf_counter()
    items = list(read_inputs(paths, eventwire.config, eventwire.options()))
    seconds = time.perf_counter() - started
    return summarise("read only", items, seconds)


def bench_extract(paths: list[Path], eventwire: Eventwire, workers: int = 1) -> Run:
    """Time the whole extract: read, every stage, serialise to JSON.

    Per-stage times are known only when the stages run in this process.
    """
    eventwire.pipeline.timings.clear()
    started = time.perf_counter()
    items = []
    for item in eventwire.extract(paths, workers=workers):
        item.model_dump_json()
        item.state.clear()  # keep memory flat, as a streaming run would
        items.append(item)
    seconds = time.perf_counter() - started
    run = summarise(f"extract (read + stages + JSON), {workers} process(es)", items, seconds)
    run.stages = dict(eventwire.pipeline.timings) if workers == 1 else {}
    return run


def summarise(name: str, items: list, seconds: float) -> Run:
    """Count articles, errors and mean text size."""
    records = [i for i in items if isinstance(i, Extraction)]
    size = sum(len(r.article.text.encode()) for r in records) / max(len(records), 1)
    return Run(name, len(records), len(items) - len(records), seconds, size)


def write_corpus(folder: Path, n: int, seed: int, min_bytes: int = 0) -> list[Path]:
    """Write the synthetic corpus as one .txt file per article.

    With `min_bytes`, each article is lengthened with the body paragraphs of
    the articles after it until it reaches that size (the reader benchmark
    is specified on 5 KB articles; the generator writes 300-800 words).
    """
    articles = [a["text"] for a in generate_corpus(n, seed=seed)]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, text in enumerate(articles):
        following = articles[number + 1:] + articles[:number]
        while len(text.encode()) < min_bytes and following:
            text += "\n\n" + following.pop(0).split("\n\n", 3)[-1]
        path = folder / f"{number:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def peak_rss_mib(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory of this process (or its largest finished
    child), MiB; Linux reports KiB."""
    return resource.getrusage(who).ru_maxrss / 1024


def machine() -> str:
    """A one-line description of the machine the figures come from."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB RAM, "
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}")


def commit() -> str:
    """The current git commit, or 'unknown'."""
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, check=True, cwd=Path(__file__).parent)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def render(runs: list[Run], corpus: str, peak: float, child_peak: float) -> str:
    """The markdown block appended to docs/performance.md."""
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"## {stamp}, commit {commit()}",
        "",
        f"- Machine: {machine()}",
        f"- Corpus: {corpus}",
        f"- Peak memory (RSS): benchmark process {peak:.0f} MiB (it also holds every "
        f"record of the read runs); largest worker process {child_peak:.0f} MiB",
        "",
        "| run | articles | errors | mean size (bytes) | seconds | articles/s |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    lines += [f"| {r.name} | {r.articles} | {r.errors} | {r.mean_bytes:.0f} | "
              f"{r.seconds:.2f} | {r.rate:.0f} |" for r in runs]
    stage_rows = [(name, secs) for r in runs for name, secs in r.stages.items()]
    if stage_rows:
        lines += ["", "| stage | seconds | ms/article |", "|---|---:|---:|"]
        count = max(next(r.articles for r in runs if r.stages), 1)
        lines += [f"| {name} | {secs:.3f} | {1000 * secs / count:.3f} |" for name, secs in stage_rows]
    return "\n".join(lines) + "\n"


def publish(block: str, *, write: bool) -> None:
    """Print a results block and, unless told not to, append it to docs/performance.md."""
    print(block)
    if write:
        with DOC.open("a", encoding="utf-8") as out:
            out.write("\n" + block)
        print(f"appended to {DOC}")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; append the result to docs/performance.md."""
    parser = argparse.ArgumentParser(prog="python -m eventwire.bench", description=__doc__)
    parser.add_argument("corpus", nargs="*", type=Path, help="files or folders (default: synthetic)")
    parser.add_argument("-n", type=int, default=1000, help="synthetic articles (default 1000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="processes for the parallel extract run (default: one per core)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave the docs alone")
    args = parser.parse_args(argv)
    eventwire = Eventwire()
    with tempfile.TemporaryDirectory() as folder:
        if args.corpus:
            paths, corpus = list(args.corpus), ", ".join(map(str, args.corpus))
            runs = []
        else:
            paths = write_corpus(Path(folder, "plain"), args.n, args.seed)
            long = write_corpus(Path(folder, "5kb"), args.n, args.seed, min_bytes=5000)
            corpus = (f"synthetic, {args.n} .txt wire articles of 300-800 words (bench_corpus, "
                      f"seed {args.seed}); the 5 KB run lengthens each with the next ones' paragraphs")
            runs = [bench_reader(long, eventwire)]
            runs[0].name = "read only, 5 KB articles"
        runs += [bench_reader(paths, eventwire), bench_extract(paths, eventwire)]
        if args.workers > 1:
            runs.append(bench_extract(paths, eventwire, args.workers))
    block = render(runs, corpus, peak_rss_mib(), peak_rss_mib(resource.RUSAGE_CHILDREN))
    publish(block, write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
