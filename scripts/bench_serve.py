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

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DB = REPO / "out" / "bench-serve" / "events.db"

TYPES = ["ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "ACCUSE", "THREATEN", "CONSULT", "AGREE",
         "REJECT", "SANCTION", "AID", "REQUEST"]
ACLED = {"ASSAULT": "Battles", "PROTEST": "Protests", "COERCE": "Violence against civilians",
         "MOBILIZE": "Strategic developments"}
PLACES = [  # name, country, admin1, lat, lon
    ("Kabul", "AFG", "Kabul", 34.53, 69.17), ("Panjshir", "AFG", "Panjshir", 35.3, 69.9),
    ("Khartoum", "SDN", "Khartoum", 15.5, 32.56), ("El Fasher", "SDN", "North Darfur", 13.63, 25.35),
    ("Maiduguri", "NGA", "Borno", 11.85, 13.16), ("Lagos", "NGA", "Lagos", 6.45, 3.4),
    ("Gao", "MLI", "Gao", 16.27, -0.04), ("Goma", "COD", "North Kivu", -1.68, 29.23),
    ("Mogadishu", "SOM", "Banaadir", 2.04, 45.34), ("Tbilisi", "GEO", "Tbilisi", 41.69, 44.83),
    ("Lima", "PER", "Lima", -12.05, -77.04), ("Bogota", "COL", "Bogota", 4.61, -74.08),
    ("Peshawar", "PAK", "Khyber Pakhtunkhwa", 34.01, 71.58), ("Sagaing", "MMR", "Sagaing", 21.88, 95.98),
    ("Hodeidah", "YEM", "Al Hudaydah", 14.8, 42.95), ("Port-au-Prince", "HTI", "Ouest", 18.54, -72.34),
    ("Mombasa", "KEN", "Mombasa", -4.04, 39.67), ("Colombo", "LKA", "Western", 6.93, 79.85),
    ("Imphal", "IND", "Manipur", 24.81, 93.94), ("Cotabato", "PHL", "Maguindanao", 7.22, 124.25),
]
ACTORS = [("Taliban", "REB"), ("police", "COP"), ("army", "MIL"), ("protesters", "CVL"),
          ("al-Shabaab", "REB"), ("M23", "REB"), ("students", "EDU"), ("government", "GOV"),
          ("gunmen", "UAF"), ("RSF", "REB"), ("ELN", "REB"), ("teachers", "LAB")]
OUTLETS = ["Reuters", "AFP", "AP", "TASS", "Xinhua", "dpa", "Anadolu", "VOA", "UPI", "PTI"]


def synthetic(number: int, rng: random.Random):
    """One synthetic article with two events (offsets computed from its text)."""
    from eventwire.model import (
        AcledType, Actor, Article, Event, EventDate, Evidence, Extraction, Place, Span,
    )

    day = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
    outlet = rng.choice(OUTLETS)
    sentences, events = [], []
    text = f"{outlet} report {number}. "
    for index in range(2):
        kind = rng.choice(TYPES)
        name, country, admin1, lat, lon = rng.choice(PLACES)
        (source, s_sector), (target, t_sector) = rng.sample(ACTORS, 2)
        sentence = f"The {source} clashed with {target} in {name} on {day:%A}, killing {rng.randrange(6)}."
        start = len(text)
        text += sentence + " "
        def at(words: str) -> int:
            return start + sentence.index(words)
        events.append(Event(
            id=f"b{number}-{index}", type=kind, acled=AcledType(event_type=ACLED.get(kind)),
            actors=[Actor(role="source", text=source, start=at(source), end=at(source) + len(source),
                          name=source.title(), sector=s_sector, country=country),
                    Actor(role="target", text=target, start=at(target), end=at(target) + len(target),
                          name=target.title(), sector=t_sector, country=country)],
            trigger=Span(text="clashed", start=at("clashed"), end=at("clashed") + 7),
            location=Place(text=name, start=at(name), end=at(name) + len(name), name=name,
                           lat=lat + rng.uniform(-0.3, 0.3), lon=lon + rng.uniform(-0.3, 0.3),
                           country=country, admin1=admin1, precision=rng.choice([1, 2, 3])),
            date=EventDate(value=day.isoformat(), precision="day", start=day.isoformat(),
                           end=day.isoformat(), text=f"on {day:%A}"),
            fatalities=rng.randrange(6), confidence=round(rng.uniform(0.3, 1.0), 2),
            evidence=Evidence(sentence=index + 1, start=start, end=start + len(sentence), text=sentence)))
        sentences.append(sentence)
    article = Article(id=f"bench-{number}", title=f"Report {number}", source=outlet,
                      published=(day + timedelta(days=1)).isoformat(), text=text.rstrip())
    return Extraction(article=article, events=events)


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
    rng = random.Random(11)
    started = time.perf_counter()
    number = have // 2
    while number * 2 < events:
        batch = [synthetic(n, rng) for n in range(number, min(number + 500, events // 2))]
        store.write_batch(None, [Stored(key=content_hash(x), input="bench", extraction=x) for x in batch])
        number += len(batch)
        print(f"\r{number * 2} events", end="", flush=True)
    print(f"\nbuilt {path} in {time.perf_counter() - started:.0f} s: {store.counts()}")
    store.close()


def serve(path: str, port: int) -> None:
    """Run the server (in its own process)."""
    import uvicorn

    from eventwire.serve.app import create_app
    from eventwire.serve.settings import ServeSettings
    from eventwire.store.db import Store

    app = create_app(ServeSettings(), Store(path, migrate=False))
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def random_query(rng: random.Random, event_ids: int) -> tuple[str, str, dict]:
    """One request of the mix: (kind, path, params)."""
    roll = rng.random()
    if roll < 0.15:
        return "event page", f"/api/v1/events/{rng.randrange(1, event_ids + 1)}", {}
    params: dict = {"limit": 50}
    if rng.random() < 0.5:
        params["type"] = rng.choice(TYPES)
    if rng.random() < 0.4:
        params["country"] = rng.choice(PLACES)[1]
    if rng.random() < 0.3:
        start = date(2015, 1, 1) + timedelta(days=rng.randrange(3300))
        params["since"], params["until"] = start.isoformat(), (start + timedelta(days=rng.choice([30, 90, 365]))).isoformat()
    if rng.random() < 0.15:
        params["actor"] = rng.choice(ACTORS)[0]
    if rng.random() < 0.1:
        params["status"] = "factual"
    if rng.random() < 0.2:
        params["offset"] = rng.choice([50, 100, 500])
    return "event list", "/api/v1/events", params


async def client(base: str, until: float, seed: int, event_ids: int, results: list) -> None:
    import httpx

    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        while time.perf_counter() < until:
            kind, path, params = random_query(rng, event_ids)
            started = time.perf_counter()
            try:
                response = await http.get(path, params=params)
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            results.append((kind, time.perf_counter() - started, ok))


async def load(base: str, clients: int, seconds: float, event_ids: int) -> list:
    results: list = []
    until = time.perf_counter() + seconds
    await asyncio.gather(*(client(base, until, seed, event_ids, results) for seed in range(clients)))
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
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(str(args.db), args.port)
        return
    build_store(args.db, args.events)
    base = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen([sys.executable, __file__, "--serve", "--db", str(args.db), "--port", str(args.port)])
    try:
        wait_for(base, server)
        results = asyncio.run(load(base, args.clients, args.seconds, args.events))
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
    block = [f"### {stamp}, commit {commit}", "",
             f"- Machine: {cpu}, {multiprocessing.cpu_count()} cores, {platform.system()} "
             f"{platform.release()}, Python {platform.python_version()}",
             f"- Store: SQLite, {args.events:,} synthetic events ({args.events // 2:,} articles); "
             f"{args.clients} clients on loopback for {args.seconds:.0f} s, no think time; "
             "one uvicorn process", "", *table, ""]
    path = REPO / "docs" / "performance.md"
    path.write_text(path.read_text("utf-8").rstrip("\n") + "\n\n" + "\n".join(block), "utf-8")
    print(f"appended to {path}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
