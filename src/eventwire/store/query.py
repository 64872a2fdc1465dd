"""Filters for reading events back from the store, as SQL conditions.

One `EventFilter` serves the CLI (`eventwire query`, `eventwire export`),
the web API and the Python API; every field is optional and they combine
with AND.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, fields
from typing import Any, get_args

from sqlalchemy import ColumnElement, Connection, and_, exists, false, func, or_, select

from ..model import PloverType
from .schema import articles, event_actors, events, merged_events, reports

PLOVER_TYPES = frozenset(get_args(PloverType))

# `status` values: which events to keep.
STATUSES = ("factual", "negated", "hypothetical", "future", "historical", "attempted")


@dataclass(frozen=True)
class EventFilter:
    """Which events to read; None leaves a field unfiltered.

    Attributes:
        date_from: events whose date interval ends on or after this day (YYYY-MM-DD).
        date_to: events whose date interval starts on or before this day.
        country: ISO 3166-1 alpha-3 code of the event's place.
        admin1: the place's first-level division (province, state), exact.
        bbox: (west, south, east, north) in degrees.
        actor: an actor name or text, case-insensitive substring.
        type: a PLOVER event type (ASSAULT...) or ACLED event type (Battles...).
        status: one of STATUSES; "factual" is neither negated, hypothetical nor future.
        text: words in the evidence sentence, trigger or article title.
        source: the outlet, exact.
        article_id: the input article's id.
        merged_id: the merged event the events report.
        actor_keys: the exact actor keys `actor` matches, when the store has
            looked them up (`Store.resolve`): an indexed lookup instead of a
            substring scan of every actor row. None: match `actor` as a substring.
        actor_common: the keys are on many events (`ActorKeys.COMMON`): a
            page in date order then checks each event's actors as it goes,
            which finds a page sooner than listing every matching event.
    """

    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    admin1: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    actor: str | None = None
    type: str | None = None
    status: str | None = None
    text: str | None = None
    source: str | None = None
    article_id: str | None = None
    merged_id: int | None = None
    actor_keys: tuple[str, ...] | None = None
    actor_common: bool = False

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> EventFilter:
        """Build from a dict, ignoring None values and unknown keys."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in names and v is not None})

    def is_empty(self) -> bool:
        """True when nothing is filtered."""
        return all(getattr(self, f.name) is None for f in fields(self) if f.name != "actor_common")


def like_pattern(value: str) -> str:
    """A case-insensitive substring pattern with LIKE wildcards escaped."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def event_conditions(query: EventFilter) -> list[ColumnElement[bool]]:
    """SQL conditions on `events` (joined to `articles` only for text)."""
    conditions: list[ColumnElement[bool]] = []
    conditions += place_and_date(events, query)
    if query.type:
        conditions.append(type_condition(events, query.type))
    if query.actor_keys is not None and query.actor_common:
        conditions.append(exists(select(event_actors.c.id).where(
            event_actors.c.event_pk == events.c.id, event_actors.c.key.in_(query.actor_keys))))
    elif query.actor_keys is not None:
        named = event_actors.c.key.in_(query.actor_keys) if query.actor_keys else false()
        conditions.append(events.c.id.in_(select(event_actors.c.event_pk).where(named)))
    elif query.actor:
        named = event_actors.c.key.like(like_pattern(query.actor.lower()), escape="\\")
        conditions.append(events.c.id.in_(select(event_actors.c.event_pk).where(named)))
    if query.status:
        conditions.append(status_condition(query.status))
    if query.text:
        pattern = like_pattern(query.text)
        # correlate_except: the outer query may join `articles` itself.
        title = select(articles.c.id).where(
            (articles.c.id == events.c.article_pk) & articles.c.title.ilike(pattern, escape="\\")
        ).correlate_except(articles)
        conditions.append(or_(events.c.evidence.ilike(pattern, escape="\\"),
                              events.c.trigger.ilike(pattern, escape="\\"), exists(title)))
    if query.source:
        conditions.append(events.c.source == query.source)
    if query.article_id:
        owner = select(articles.c.id).where(articles.c.article_id == query.article_id).correlate(None)
        conditions.append(events.c.article_pk.in_(owner))
    if query.merged_id is not None:
        conditions.append(events.c.merged_id == query.merged_id)
    return conditions


def place_and_date(table, query: EventFilter) -> list[ColumnElement[bool]]:
    """Conditions shared by `events` and `merged_events`."""
    conditions: list[ColumnElement[bool]] = []
    if query.date_from:
        conditions.append(table.c.date_end >= query.date_from)
    if query.date_to:
        conditions.append(table.c.date_start <= query.date_to)
    if query.country:
        conditions.append(table.c.country == query.country.upper())
    if query.admin1:
        conditions.append(table.c.admin1 == query.admin1)
    if query.bbox:
        west, south, east, north = query.bbox
        conditions.append(and_(table.c.lat >= south, table.c.lat <= north))
        if west <= east:
            conditions.append(and_(table.c.lon >= west, table.c.lon <= east))
        else:  # the box crosses the antimeridian
            conditions.append(or_(table.c.lon >= west, table.c.lon <= east))
    return conditions


def type_condition(table, value: str) -> ColumnElement[bool]:
    """A PLOVER type (any case) matches `type`, anything else the ACLED event
    type; one column each, so the (type, date) index serves type pages."""
    if value.upper() in PLOVER_TYPES:
        return table.c.type == value.upper()
    return table.c.acled_event_type == value


def status_condition(status: str) -> ColumnElement[bool]:
    """Events with the given status flag ("factual": none of the unreal ones).

    Raises:
        ValueError: an unknown status name.
    """
    if status == "factual":
        return ~(events.c.negated | events.c.hypothetical | events.c.future)
    if status in STATUSES:
        return events.c[status] == True  # noqa: E712 - SQL, not Python
    raise ValueError(f"unknown status {status!r}; one of {', '.join(STATUSES)}")


def merged_conditions(query: EventFilter) -> list[ColumnElement[bool]]:
    """SQL conditions on `merged_events`: place and date on the merged row,
    the rest through its reports' events."""
    conditions = place_and_date(merged_events, query)
    if query.type:
        conditions.append(type_condition(merged_events, query.type))
    if query.merged_id is not None:
        conditions.append(merged_events.c.id == query.merged_id)
    rest = EventFilter(actor=query.actor, actor_keys=query.actor_keys, status=query.status,
                       text=query.text, source=query.source, article_id=query.article_id)
    if not rest.is_empty():
        inner = event_conditions(rest)
        reported = select(reports.c.id).join(events, events.c.id == reports.c.event_pk).where(
            reports.c.merged_id == merged_events.c.id, *inner)
        conditions.append(exists(reported))
    return conditions


class ActorKeys:
    """The store's distinct actor keys and their row counts, held in memory to
    resolve `actor` substrings to exact keys.

    A substring filter cannot use an index: every actor row is read (100+ ms
    at 100,000 events). The distinct keys are far fewer than the rows, and
    actor rows are only ever inserted, so the counts are topped up with the
    rows whose id is above the last one read, by any process.
    """

    # Beyond this many matching keys an IN list stops paying: scan instead.
    MOST = 500
    # Keys on at least this share of actor rows are "common" (see EventFilter).
    COMMON = 0.02

    def __init__(self) -> None:
        self.rows: dict[str, int] = {}
        self.total = 0
        self.last_id = 0
        self.matches: dict[str, tuple[tuple[str, ...], int] | None] = {}
        self.lock = threading.Lock()

    def resolve(self, connection: Connection, text: str) -> tuple[tuple[str, ...] | None, bool]:
        """The keys containing `text` (case-insensitive), None when more than
        `MOST` do, and whether together they are common."""
        needle = text.lower()
        with self.lock:
            self.refresh(connection)
            if needle not in self.matches:
                if len(self.matches) > 1000:
                    self.matches.clear()
                found = tuple(key for key in self.rows if needle in key)
                self.matches[needle] = (found, sum(self.rows[k] for k in found)) if len(found) <= self.MOST else None
            match = self.matches[needle]
            if match is None:
                return None, False
            return match[0], match[1] >= self.COMMON * self.total

    def refresh(self, connection: Connection) -> None:
        """Count the keys of actor rows added since the last look."""
        last = connection.scalar(select(func.max(event_actors.c.id))) or 0
        if last <= self.last_id:
            return
        added = connection.execute(select(event_actors.c.key, func.count()).where(
            event_actors.c.id > self.last_id, event_actors.c.id <= last, event_actors.c.key.is_not(None),
        ).group_by(event_actors.c.key))
        for key, rows in added:
            self.rows[key] = self.rows.get(key, 0) + rows
            self.total += rows
        self.matches.clear()
        self.last_id = last
