"""PLOVER gold-standard records (a JSON array of coded sentences).

The records use PLOVER's older 18-type set; `OLD_TYPES` maps the four
retired types to today's. Sectors such as "CVLalb" keep their three-letter
PLOVER code ("CVL"); "***" (unknown) becomes None. A few records put a
string where the target list belongs; it carries no actor and is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from eventwire.eval.datasets.registry import register_dataset
from eventwire.eval.datasets.stream import iter_json
from eventwire.eval.gold import GoldActor, PloverGold

OLD_TYPES = {
    "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT",
}
_SECTOR = re.compile(r"[A-Z]{3}")


@register_dataset(
    "plover",
    description="PLOVER-coded sentences (event type, source/target country and sector, mode)",
    citation="openeventdata/PLOVER gold standard records, CC BY-SA 4.0",
)
def load_plover(path: Path) -> Iterator[PloverGold]:
    """Read a PLOVER gold JSON array.

    Args:
        path: the JSON file.

    Returns:
        An iterator of coded sentences. A repeated record id (the file has
        one) gets the record's position appended, so ids stay unique.
    """
    seen: set[str] = set()
    for index, item in iter_json(path):
        gold = _gold(item, index)
        if gold.id in seen:
            gold = replace(gold, id=f"{gold.id}@{index}")
        seen.add(gold.id)
        yield gold


def _gold(item: dict[str, Any], index: int | str) -> PloverGold:
    """Build the gold record of one PLOVER record."""
    event = str(item.get("event") or "").strip().upper()
    return PloverGold(
        id=str(item.get("id") or index),
        text=item["text"],
        event=OLD_TYPES.get(event, event),
        source_event=event,
        mode=_mode(item.get("mode")),
        context=tuple(c.strip() for c in str(item.get("context") or "").split(",") if c.strip()),
        sources=_actors(item.get("source")),
        targets=_actors(item.get("target")),
        location=_location(item.get("eventLoc")),
        dead=_count(item.get("dead")),
    )


def _actors(value: Any) -> tuple[GoldActor, ...]:
    """Read an actor list; anything but a list of objects holds no actor."""
    if not isinstance(value, list):
        return ()
    return tuple(
        GoldActor(a.get("actorText") or "", a.get("code") or None, _sector(a.get("sector")))
        for a in value
        if isinstance(a, dict)
    )


def _sector(value: Any) -> str | None:
    """The three-letter PLOVER sector code at the start of a sector value."""
    match = _SECTOR.match(str(value or ""))
    return match.group() if match else None


def _location(value: Any) -> str | None:
    """The name of an `eventLoc` object."""
    return value.get("name") if isinstance(value, dict) else None


def _mode(value: Any) -> str | None:
    """A mode, or None for empty values."""
    text = str(value or "").strip()
    return text or None


def _count(value: Any) -> int | None:
    """A number of people, when the record gives digits."""
    text = str(value or "").strip()
    return int(text) if text.isdigit() else None
