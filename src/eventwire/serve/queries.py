"""Read queries the dashboard needs beyond the store's own read API.

The map wants every located event as a compact point, the timeline wants
counts per period, and the country filter wants the countries in the store.
Each takes the same `EventFilter` the store's `list_events` takes, so all
views of the dashboard agree on what a filter means.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from ..store.query import EventFilter, event_conditions
from ..store.schema import articles, event_actors, events, merged_events

# Bucket width by the span of dates shown: about 20-400 bars.
BUCKETS = (("day", 120), ("month", 3660), ("year", None))
PREFIX = {"day": 10, "month": 7, "year": 4}


# The columns of an event list row, in the API's names. Only what the table
# and integrators filter on: the whole record is one GET /events/{id} away.
SUMMARY = {
    "id": events.c.id, "event_id": events.c.event_id, "article_id": articles.c.article_id,
    "title": articles.c.title, "type": events.c.type, "mode": events.c.mode,
    "acled_event_type": events.c.acled_event_type, "date": events.c.date_start,
    "date_end": events.c.date_end, "date_precision": events.c.date_precision,
    "location": events.c.location, "country": events.c.country, "admin1": events.c.admin1,
    "lat": events.c.lat, "lon": events.c.lon, "fatalities": events.c.fatalities,
    "confidence": events.c.confidence, "trigger": events.c.trigger, "evidence": events.c.evidence,
    "source": events.c.source, "published": events.c.published, "speaker": events.c.speaker,
    "merged_id": events.c.merged_id, "report_count": func.coalesce(merged_events.c.report_count, 1),
}
FLAGS = ("negated", "hypothetical", "future", "historical", "attempted")
ACTOR_FIELDS = ("role", "text", "name", "country", "sector")


def event_page(store: Any, query: EventFilter, limit: int, offset: int) -> list[dict[str, Any]]:
    """One page of event list rows, latest date first, with their actors.

    The same filter and order as `Store.list_events`, but only the list's
    columns, fetched as tuples: the API's busiest query stays cheap.

    Args:
        store: the `Store`.
        query: which events.
        limit: page length.
        offset: rows to skip.

    Returns:
        Rows with `status` (the five flags) and `actors` (role, text, name,
        country, sector).
    """
    names = list(SUMMARY)
    statement = (select(*SUMMARY.values(), *(events.c[flag] for flag in FLAGS))
                 .select_from(events.join(articles, articles.c.id == events.c.article_pk)
                              .outerjoin(merged_events, merged_events.c.id == events.c.merged_id))
                 .where(*event_conditions(store.resolve(query, paged=True)))
                 .order_by(events.c.date_start.desc(), events.c.id.desc()).limit(limit).offset(offset))
    with store.engine.connect() as connection:
        rows = []
        for values in connection.execute(statement).all():  # one fetchall, not a fetch per row
            row = dict(zip(names, values[:len(names)]))
            row["status"] = {flag: bool(value) for flag, value in zip(FLAGS, values[len(names):])}
            row["actors"] = []
            rows.append(row)
        by_id = {row["id"]: row for row in rows}
        if by_id:
            actors = (select(event_actors.c.event_pk, *(event_actors.c[f] for f in ACTOR_FIELDS))
                      .where(event_actors.c.event_pk.in_(list(by_id))).order_by(event_actors.c.id))
            for event_pk, *values in connection.execute(actors).all():
                by_id[event_pk]["actors"].append(dict(zip(ACTOR_FIELDS, values)))
    return rows


def map_points(store: Any, query: EventFilter, limit: int) -> dict[str, Any]:
    """Located events as `[{id, lat, lon, type, date, location}]`, latest first.

    Args:
        store: the `Store`.
        query: which events.
        limit: the most points returned; `truncated` says when more matched.

    Returns:
        `{"items": [...], "truncated": bool}`.
    """
    statement = (select(events.c.id, events.c.lat, events.c.lon, events.c.type,
                        events.c.date_start.label("date"), events.c.location)
                 .where(events.c.lat.is_not(None), events.c.lon.is_not(None), *event_conditions(store.resolve(query)))
                 .order_by(events.c.date_start.desc(), events.c.id.desc()).limit(limit + 1))
    with store.engine.connect() as connection:
        items = [dict(row) for row in connection.execute(statement).mappings()]
    return {"items": items[:limit], "truncated": len(items) > limit}


def timeline(store: Any, query: EventFilter, bucket: str = "auto") -> dict[str, Any]:
    """Events per day, month or year (by the start of each event's date).

    Args:
        store: the `Store`.
        query: which events.
        bucket: "day", "month", "year" or "auto" (by the span of dates).

    Returns:
        `{"bucket": ..., "buckets": [{label, start, end, count}]}`, in date
        order, with empty periods between the first and last filled in.
    """
    conditions = [events.c.date_start.is_not(None), *event_conditions(store.resolve(query))]
    with store.engine.connect() as connection:
        first, last = connection.execute(select(func.min(events.c.date_start), func.max(events.c.date_start))
                                         .where(*conditions)).one()
        if first is None:
            return {"bucket": "day" if bucket == "auto" else bucket, "buckets": []}
        if bucket == "auto":
            bucket = choose_bucket(date.fromisoformat(first), date.fromisoformat(last))
        key = func.substr(events.c.date_start, 1, PREFIX[bucket])
        counts = dict(connection.execute(select(key, func.count()).where(*conditions).group_by(key)).all())
    return {"bucket": bucket, "buckets": fill(counts, bucket, first, last)}


def choose_bucket(first: date, last: date) -> str:
    """The narrowest bucket that keeps the histogram readable."""
    days = (last - first).days
    for name, most in BUCKETS:
        if most is None or days <= most:
            return name
    return "year"


def fill(counts: dict[str, int], bucket: str, first: str, last: str) -> list[dict[str, Any]]:
    """Every period from `first` to `last`, with its count (0 when absent)."""
    periods = []
    current = period_start(date.fromisoformat(first), bucket)
    end = date.fromisoformat(last)
    while current <= end:
        following = next_period(current, bucket)
        label = current.isoformat()[:PREFIX[bucket]]
        periods.append({"label": label, "start": current.isoformat(),
                        "end": (following - timedelta(days=1)).isoformat(), "count": counts.get(label, 0)})
        current = following
    return periods


def period_start(day: date, bucket: str) -> date:
    """The first day of the period that holds `day`."""
    if bucket == "year":
        return day.replace(month=1, day=1)
    if bucket == "month":
        return day.replace(day=1)
    return day


def next_period(start: date, bucket: str) -> date:
    """The first day of the period after the one starting on `start`."""
    if bucket == "day":
        return start + timedelta(days=1)
    if bucket == "month":
        return (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return start.replace(year=start.year + 1)


def countries(store: Any) -> list[dict[str, Any]]:
    """Countries with events, most events first: `[{country, events}]`."""
    statement = (select(events.c.country, func.count().label("events"))
                 .where(events.c.country.is_not(None)).group_by(events.c.country)
                 .order_by(func.count().desc(), events.c.country))
    with store.engine.connect() as connection:
        return [dict(row) for row in connection.execute(statement).mappings()]


def event_details(store: Any, event_ids: list[int]) -> dict[int, dict[str, Any]]:
    """Type and evidence sentence of these events, by store id."""
    if not event_ids:
        return {}
    statement = select(events.c.id, events.c.type, events.c.evidence).where(events.c.id.in_(event_ids))
    with store.engine.connect() as connection:
        return {row.id: {"type": row.type, "evidence": row.evidence} for row in connection.execute(statement)}


class CountCache:
    """Exact totals of list pages, kept until events are next written.

    A total reads every matching index entry (up to ~15 ms at 100,000
    events for a common actor with a type, ~8 ms for a status), and the
    dashboard asks for the same totals again while paging, so each is
    remembered with the store's `version` and counted again only once
    events have been added.
    """

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self.entries: OrderedDict[tuple[str, EventFilter], tuple[int, int]] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, store: Any, kind: str, query: EventFilter, count: Callable[[EventFilter], int]) -> int:
        """The number of `kind` rows matching `query`, from `count` when not cached.

        Args:
            store: the `Store` (for its version).
            kind: what is counted ("events", "merged"): part of the key.
            query: the filter.
            count: counts the rows for a filter.
        """
        version, key = store.version(), (kind, query)
        with self.lock:
            found = self.entries.get(key)
            if found is not None and found[0] == version:
                self.entries.move_to_end(key)
                return found[1]
        total = count(query)
        with self.lock:
            self.entries[key] = (version, total)
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)
        return total
