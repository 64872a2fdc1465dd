"""ACLED CSV exports, in the 2016 schema and in today's.

The text is each event's `notes`. The 2016 schema has one `event_type`
column with values such as "Battle-No change of territory" and no
sub-event type; `OLD_TYPES` maps them to today's (event type, sub-event
type), and the old "Riots/Protests" is split by the actors' inter codes
(5 rioters, 6 protesters). Where the old schema cannot tell today's
sub-event type, it is None and that note is not scored on it.
"""

from __future__ import annotations

import calendar
import csv
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from eventwire.eval.datasets.registry import register_dataset
from eventwire.eval.gold import AcledGold

# 2016 event type -> (today's event type, today's sub-event type or None)
OLD_TYPES: dict[str, tuple[str | None, str | None]] = {
    "Battle-No change of territory": ("Battles", "Armed clash"),
    "Battle-Government regains territory": ("Battles", "Government regains territory"),
    "Battle-Non-state actor overtakes territory": (
        "Battles", "Non-state actor overtakes territory"),
    "Remote violence": ("Explosions/Remote violence", None),
    "Violence against civilians": ("Violence against civilians", None),
    "Riots/Protests": (None, None),  # split by inter codes, see _split_riots
    "Strategic development": ("Strategic developments", None),
    "Non-violent transfer of territory": (
        "Strategic developments", "Non-violent transfer of territory"),
    "Headquarters or base established": (
        "Strategic developments", "Headquarters or base established"),
}
RIOTERS, PROTESTERS = 5, 6
# Since 2023 ACLED writes inter codes as words.
INTER_NAMES = {
    "state forces": 1, "rebel group": 2, "political militia": 3,
    "identity militia": 4, "rioters": 5, "protesters": 6, "civilians": 7,
    "external/other forces": 8,
}
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y")


@register_dataset(
    "acled",
    description="ACLED events (notes text; type, sub-event, actors, location, date, fatalities)",
    citation="ACLED (Armed Conflict Location & Event Data), via AschHarwood/acled; "
    "not redistributable",
)
def load_acled(path: Path) -> Iterator[AcledGold]:
    """Read an ACLED CSV export, either schema.

    Args:
        path: the CSV file.

    Returns:
        An iterator of gold events, one per row with non-empty notes.
    """
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        current = "sub_event_type" in (reader.fieldnames or ())
        rows = [(number, row) for number, row in enumerate(reader, 1) if (row.get("notes") or "").strip()]
    uses = Counter(row["notes"].strip() for _, row in rows)
    for number, row in rows:
        gold = _gold(row, number, current)
        yield replace(gold, shared_note=uses[row["notes"].strip()] > 1, row=number)


def _gold(row: dict[str, str], number: int, current: bool) -> AcledGold:
    """Build the gold record of one CSV row."""
    inter1, inter2 = _inter(row.get("inter1")), _inter(row.get("inter2"))
    source_type = _text(row.get("event_type")) or ""
    if current:
        event_type, sub_type = source_type or None, _text(row.get("sub_event_type"))
    else:
        event_type, sub_type = _old_type(source_type, inter1, inter2)
    event_date = _date(row.get("event_date"))
    return AcledGold(
        id=_text(row.get("event_id_cnty")) or _text(row.get("data_id")) or f"row{number}",
        text=row["notes"],
        published=_anchor(event_date),
        event_type=event_type,
        sub_event_type=sub_type,
        source_type=source_type,
        actor1=_text(row.get("actor1")),
        actor2=_text(row.get("actor2")),
        assoc_actor1=_text(row.get("assoc_actor_1") or row.get("ally_actor_1")),
        assoc_actor2=_text(row.get("assoc_actor_2") or row.get("ally_actor_2")),
        inter1=inter1,
        inter2=inter2,
        country=_text(row.get("country")),
        admin1=_text(row.get("admin1")),
        location=_text(row.get("location")),
        lat=_float(row.get("latitude")),
        lon=_float(row.get("longitude")),
        geo_precision=_int(row.get("geo_precision")),
        date=event_date,
        time_precision=_int(row.get("time_precision")),
        fatalities=_int(row.get("fatalities")),
    )


def _old_type(
    source_type: str, inter1: int | None, inter2: int | None
) -> tuple[str | None, str | None]:
    """Map a 2016 event type to today's (event type, sub-event type)."""
    if source_type == "Riots/Protests":
        return _split_riots(inter1, inter2), None
    return OLD_TYPES.get(source_type, (None, None))


def _split_riots(inter1: int | None, inter2: int | None) -> str | None:
    """Riots when rioters take part, Protests when protesters do."""
    codes = {inter1, inter2}
    if RIOTERS in codes:
        return "Riots"
    return "Protests" if PROTESTERS in codes else None


def _anchor(event_date: str | None) -> str | None:
    """The publication date the pipeline is given: the last day of the event's month.

    ACLED notes carry no publication date, and notes like "on 2 July" need a
    year. The month end stands in for a report published soon after, without
    handing the pipeline the event's day.
    """
    if not event_date:
        return None
    day = date.fromisoformat(event_date)
    return day.replace(day=calendar.monthrange(day.year, day.month)[1]).isoformat()


def _date(value: str | None) -> str | None:
    """Parse an ACLED event date in any of its export formats to YYYY-MM-DD."""
    value = (value or "").strip()
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _inter(value: str | None) -> int | None:
    """An inter code as 1-8, from a digit or (2023 on) a name; 0 means none."""
    value = (value or "").strip()
    code = int(value) if value.isdigit() else INTER_NAMES.get(value.lower())
    return code or None


def _text(value: str | None) -> str | None:
    """Strip a cell; empty is None."""
    value = (value or "").strip()
    return value or None


def _int(value: str | None) -> int | None:
    """Parse an integer cell; empty or malformed is None."""
    try:
        return int(float(value)) if value and value.strip() else None
    except ValueError:
        return None


def _float(value: str | None) -> float | None:
    """Parse a decimal cell; empty or malformed is None."""
    try:
        return float(value) if value and value.strip() else None
    except ValueError:
        return None
