"""Measure the places stage's choice of event location on its own.

`eventwire eval event_location` needs an events stage to find the marked
verb's event. This script stands in for it: for each sentence of the
event_location set (Halterman 2019) it makes one event on the gold verb
(type and confidence are placeholders), runs the pipeline's places stage and
scores with the harness's own event_location scorers. So it measures
choosing the location span, given the event. Sentences the pipeline rejects
(too short to tell their language) are counted apart, not scored.

Usage:
    python scripts/eval_event_location.py [PATH] [--limit N] [--skip N]

PATH defaults to ../shared/data/event_location/dev.json.
"""

from __future__ import annotations

import argparse
from itertools import islice
from pathlib import Path

from eventwire.core import Eventwire
from eventwire.errors import EventwireError
from eventwire.eval.datasets.event_location import load_event_location
from eventwire.eval.scorers import event_location_all, event_location_located
from eventwire.model import Event, Evidence, Span
from eventwire.stages.analyse.nlp import sentence_of

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "event_location" / "dev.json"


def main() -> None:
    """Print accuracy on all sentences and on those that give a location."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=1000, help="sentences to read")
    parser.add_argument("--skip", type=int, default=0, help="sentences to skip first")
    args = parser.parse_args()
    eventwire = Eventwire()
    stage = next(s for s in eventwire.pipeline.stages if s.name == "places")
    totals = {"all": [0, 0], "located": [0, 0]}
    rejected = 0
    golds = islice(load_event_location(args.path), args.skip, args.skip + args.limit)
    for gold in golds:
        try:
            record = eventwire.extract_text(gold.text)
        except EventwireError:  # too short to tell its language, say
            rejected += 1
            continue
        bounds = record.state["sentences"]
        verb = gold.verb
        sentence = sentence_of(bounds, verb.start)
        start, end = bounds[sentence] if bounds else (0, len(gold.text))
        record.events = [Event(
            id="gold-verb", type="ASSAULT", confidence=0.5,
            trigger=Span(text=verb.text, start=verb.start, end=verb.end),
            evidence=Evidence(sentence=sentence, start=start, end=end,
                              text=gold.text[start:end]),
        )]
        stage.set_annotations(record, *stage.find(record))
        for name, scorer in (("all", event_location_all), ("located", event_location_located)):
            observed = scorer.observe(gold, record)
            if observed is not None:
                totals[name][0] += observed[0]
                totals[name][1] += observed[1]
    print(f"rejected by the pipeline: {rejected}")
    for name, (right, total) in totals.items():
        print(f"{name}: {right}/{total} = {right / max(total, 1):.3f}")


if __name__ == "__main__":
    main()
