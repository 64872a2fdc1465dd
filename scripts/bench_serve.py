"""Load-test `eventwire serve`: concurrent clients querying events on loopback.

Builds (once, then reuses) an SQLite store of synthetic events through the
Store API, starts the server in its own process on 127.0.0.1, and runs N
asyncio clients for a fixed time, each sending its next request as soon as
the last one answered (no think time). Requests are a mix of filtered event
lists (the dashboard's table) and event pages. Prints p50/p95/p99 latency,
throughput and errors, and with --write-docs appends them to
docs/performance.md.

    make bench-serve BENCH_ARGS="--events 100000 --clients 50 --seconds 30"
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parents[1]
SECTION = "## Web API (`eventwire serve`)"
DEFAULT_DB = REPO / "out" / "bench-serve" / "events.db"

from eventwire.store import synthetic as synthetic_store  # noqa: E402 - shared with the store's benchmark

TYPES = sorted({plover for plover, _ in synthetic_store.TYPES})
COUNTRIES = [country for country, _, _ in synthetic_store.COUNTRIES]
ACTORS = [name for name, _ in synthetic_store.ACTORS]
FIRST_DAY, DAYS = date(2023, 1, 1), 3 * 365


def build_store(path: Path, events: int) -> None:
    """Fill `path` with `events` synthetic events (two per article), unless it has them."""
    from eventwire.store.db import Store, Stored
    from eventwire.store.rows import content_hash

    store = Store(path)
    have = store.counts()["events"]
    if have >= events:
        print(f"reusing {path} ({have} events)")
        store.close()
        return
    if have:
        sys.exit(f"{path} holds {have} events, fewer than {events}: delete it to rebuild")
    started = time.perf_counter()
    batch: list[Stored] = []
    for record in synthetic_store.records(events, seed=7):
        batch.append(Stored(content_hash(record), record.article.id, record))
        if len(batch) == 500:
            store.write_batch(None, batch)
            batch = []
    if batch:
        store.write_batch(None, batch)
    print(f"built {path} in {time.perf_counter() - started:.0f} s: {store.counts()}")
    store.close()


def random_query(rng: random.Random, event_ids: int) -> tuple[str, str, dict]:
    """One request of the mix: (kind, path, params)."""
    roll = rng.random()
    if roll < 0.15:
        return "event page", f"/api/v1/events/{rng.randrange(1, event_ids + 1)}", {}
    params: dict = {"limit": 50}
    if rng.random() < 0.5:
        params["type"] = rng.choice(TYPES)
    if rng.random() < 0.4:
        params["country"] = rng.choice(COUNTRIES)
    if rng.random() < 0.3:
        start = FIRST_DAY + timedelta(days=rng.randrange(DAYS - 30))
        params["since"], params["until"] = start.isoformat(), (start + timedelta(days=rng.choice([30, 90, 365]))).isoformat()
    if rng.random() < 0.15:
        params["actor"] = rng.choice(ACTORS).lower()
    if rng.random() < 0.1:
        params["status"] = "factual"
    if rng.random() < 0.2:
        params["offset"] = rng.choice([50, 100, 500])
    return "event list", "/api/v1/events", params


async def client(port: int, until: float, seed: int, event_ids: int, results: list) -> None:
    """One client on its own keep-alive connection, next request as soon as
    the last one is read.

    A minimal HTTP/1.1 client on asyncio streams rather than httpx: on a
    2-core machine httpx's own work per request took CPU from the server
    it was measuring (about 20% fewer requests per second).
    """
    rng = random.Random(seed)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.perf_counter() < until:
            kind, path, params = random_query(rng, event_ids)
            target = path + ("?" + urlencode(params) if params else "")
            started = time.perf_counter()
            try:
                writer.write(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
                status, body = await read_response(reader)
                ok = status == 200 and body[:1] == b"{"
            except (OSError, asyncio.IncompleteReadError, ValueError):
                ok = False
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            results.append((kind, time.perf_counter() - started, ok))
    finally:
        writer.close()


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    """(status, body) of one response with a Content-Length."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    length = next(int(line.split(":", 1)[1]) for line in lines if line.lower().startswith("content-length:"))
    return int(lines[0].split()[1]), await reader.readexactly(length)


async def load(port: int, clients: int, seconds: float, event_ids: int) -> list:
    results: list = []
    until = time.perf_counter() + seconds
    await asyncio.gather(*(client(port, until, seed, event_ids, results) for seed in range(clients)))
    return results


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def summarise(results: list, seconds: float) -> list[str]:
    lines = []
    for kind in ("all", "event list", "event page"):
        times = [t for k, t, _ in results if kind in ("all", k)]
        errors = sum(1 for k, _, ok in results if kind in ("all", k) and not ok)
        if not times:
            continue
        lines.append(f"| {kind} | {len(times):,} | {len(times) / seconds:.0f} | {errors} | "
                     f"{statistics.median(times) * 1000:.0f} | {percentile(times, 0.95) * 1000:.0f} | "
                     f"{percentile(times, 0.99) * 1000:.0f} |")
    return lines


def wait_for(base: str, process: subprocess.Popen) -> None:
    import httpx

    for _ in range(300):
        if process.poll() is not None:
            sys.exit("the server exited")
        try:
            if httpx.get(base + "/api/v1/meta", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    sys.exit("the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--write-docs", action="store_true", help="append the result to docs/performance.md")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="server processes (eventwire serve --workers; default: one per core)")
    args = parser.parse_args()
    build_store(args.db, args.events)
    args.load = os.getloadavg()[0]
    base = f"http://127.0.0.1:{args.port}"
    # The real command, as a user runs it (its own process(es), writing off).
    command = [sys.executable, "-c", "from eventwire.cli import main; main()", "serve", "--db",
               str(args.db), "--port", str(args.port), "--workers", str(args.workers)]
    server = subprocess.Popen(command, env={k: v for k, v in os.environ.items() if k != "EVENTWIRE_TOKEN"})
    try:
        wait_for(base, server)
        results = asyncio.run(load(args.port, args.clients, args.seconds, args.events))
    finally:
        server.terminate()
        server.wait(timeout=30)
    table = ["| requests | count | per second | errors | p50 ms | p95 ms | p99 ms |",
             "|---|---|---|---|---|---|---|", *summarise(results, args.seconds)]
    print("\n".join(table))
    if args.write_docs:
        write_docs(args, table)


def write_docs(args: argparse.Namespace, table: list[str]) -> None:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=REPO).stdout.strip()
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    block = [f"### serve: {stamp}, commit {commit}", "",
             f"- Machine: {cpu}, {multiprocessing.cpu_count()} cores, {platform.system()} "
             f"{platform.release()}, Python {platform.python_version()}",
             f"- Store: SQLite, {args.events:,} synthetic events (eventwire.store.synthetic, seed 7); "
             f"{args.clients} clients on loopback for {args.seconds:.0f} s, no think time; "
             f"`eventwire serve --workers {args.workers}`; load average before the run "
             f"{args.load:.1f} (the machine is shared)", "", *table, ""]
    path = REPO / "docs" / "performance.md"
    path.write_text(insert_block(path.read_text("utf-8"), "\n".join(block)), "utf-8")
    print(f"added to {path}")


def insert_block(text: str, block: str) -> str:
    """Put `block` at the end of the web API section, creating the section if needed."""
    if SECTION not in text:
        return text.rstrip("\n") + "\n\n" + SECTION + "\n\n" + block + "\n"
    start = text.index(SECTION) + len(SECTION)
    following = text.find("\n## ", start)
    end = len(text) if following < 0 else following
    return text[:end].rstrip("\n") + "\n\n" + block + "\n" + text[end:]


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
