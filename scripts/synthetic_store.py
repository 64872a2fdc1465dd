"""Fill a store with synthetic events, to benchmark reads (API, dashboard).

    python scripts/synthetic_store.py sqlite:///bench.db --events 100000

The records come from `eventwire.store.synthetic` (fictional articles with
one or two events each; a third repeat an earlier event, so dedup merges).
"""

from __future__ import annotations

import argparse
import time

from eventwire.store.db import Store, Stored
from eventwire.store.rows import content_hash
from eventwire.store.synthetic import records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url", help="database URL or SQLite path")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    started = time.perf_counter()
    with Store(args.url) as store:
        batch: list[Stored] = []
        for record in records(args.events, args.seed):
            batch.append(Stored(content_hash(record), record.article.id, record))
            if len(batch) == 500:
                store.write_batch(None, batch)
                batch = []
        if batch:
            store.write_batch(None, batch)
        print(store.counts(), f"{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
