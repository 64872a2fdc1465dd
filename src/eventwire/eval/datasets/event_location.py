"""Event location sentences (Prodigy-style JSON array).

Each item has `text` and `spans` labelled VERB (the event) and LOCATION
(where that event happened; none when the sentence does not say). Two
items mark two verbs; the first is taken. Item ids (`_id`) repeat when the
same sentence was annotated for different verbs, so the id is prefixed
with the item's position.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.eval.datasets.registry import register_dataset
from eventwire.eval.datasets.stream import iter_json
from eventwire.eval.gold import EventLocationGold, GoldSpan


@register_dataset(
    "event_location",
    description="sentences with an event verb and the span of that event's location (or none)",
    citation="Halterman, \"Linking Events and Locations in Political Text\" (2019), "
    "ahalterman/event_location, MIT",
)
def load_event_location(path: Path) -> Iterator[EventLocationGold]:
    """Read an event_location JSON array.

    Args:
        path: the JSON file.

    Returns:
        An iterator of sentences that mark a verb.
    """
    for index, item in iter_json(path):
        text = item.get("text") or ""
        verbs = _spans(item, text, "VERB")
        if verbs and text.strip():
            yield EventLocationGold(
                id=f"{index}:{str(item.get('_id', '')).strip()}",
                text=text,
                verb=verbs[0],
                locations=tuple(_spans(item, text, "LOCATION")),
            )


def _spans(item: dict[str, Any], text: str, label: str) -> list[GoldSpan]:
    """The item's spans with one label, in order."""
    return [
        GoldSpan(s["start"], s["end"], text[s["start"] : s["end"]])
        for s in item.get("spans") or ()
        if s.get("label") == label
    ]
