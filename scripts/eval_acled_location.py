"""A stand-in measure of event location on ACLED notes, before events exist.

`eventwire eval acled` scores the main event's location and needs an events
stage. Until that stage lands, this script makes one event on the root verb
of each note's first sentence ("Militants attacked a police post in X"),
runs the places stage, and compares the place chosen with ACLED's point
(within 25 km) and its admin-1 name (folded, compared as written). Notes
whose first sentence has no verb count as unplaced.

Usage:
    python scripts/eval_acled_location.py [PATH] [--limit N]

PATH defaults to ../shared/data/acled_2016_dev/acled.csv.
"""

from __future__ import annotations

import argparse
from itertools import islice
from pathlib import Path

from eventwire.core import Eventwire
from eventwire.errors import EventwireError
from eventwire.eval.datasets.acled import load_acled
from eventwire.eval.metrics import haversine_km
from eventwire.model import Event, Evidence, Span
from eventwire.stages.analyse.gazetteer import fold_name

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "acled_2016_dev" / "acled.csv"


def main() -> None:
    """Print: placed share, within 25 km, within 161 km, admin-1 match."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=500)
    args = parser.parse_args()
    eventwire = Eventwire()
    stage = next(s for s in eventwire.pipeline.stages if s.name == "places")
    counts = {"notes": 0, "placed": 0, "25 km": 0, "161 km": 0, "admin1": 0, "admin1 gold": 0}
    for gold in islice(load_acled(args.path), args.limit):
        if gold.lat is None or not gold.text.strip():
            continue
        counts["notes"] += 1
        try:
            record = eventwire.extract_text(gold.text)
        except EventwireError:
            continue
        doc = record.state["doc"]
        sentence = next(iter(doc.sents), None)
        if sentence is None or sentence.root.pos_ not in ("VERB", "AUX"):
            continue
        root = sentence.root
        record.events = [Event(
            id="root", type="ASSAULT", confidence=0.5,
            trigger=Span(text=root.text, start=root.idx, end=root.idx + len(root.text)),
            evidence=Evidence(sentence=0, start=sentence.start_char, end=sentence.end_char,
                              text=sentence.text),
        )]
        stage.set_annotations(record, *stage.find(record))
        place = record.events[0].location
        if gold.admin1:
            counts["admin1 gold"] += 1
        if place is None or place.lat is None:
            continue
        counts["placed"] += 1
        km = haversine_km(gold.lat, gold.lon, place.lat, place.lon)
        counts["25 km"] += km <= 25
        counts["161 km"] += km <= 161
        if gold.admin1 and place.admin1:
            counts["admin1"] += fold_name(gold.admin1) == fold_name(place.admin1)
    notes = max(counts["notes"], 1)
    print(f"notes with a point: {counts['notes']}; placed: {counts['placed'] / notes:.3f}")
    print(f"within 25 km: {counts['25 km'] / notes:.3f}; within 161 km: {counts['161 km'] / notes:.3f}")
    print(f"admin1 match: {counts['admin1'] / max(counts['admin1 gold'], 1):.3f}")


if __name__ == "__main__":
    main()
