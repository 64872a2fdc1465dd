"""`--format acled`: one CSV row per event of an ACLED type, in ACLED's columns.

Columns follow the ACLED codebook, plus `article_id` and `confidence`:
`time_precision` 1 for a day, 2 for a week, 3 for a month or a year, the
date being the middle of the period; `interaction` the two actors' inter
codes as one number, lower digit first (13), or ten times the code of a
lone actor (60); `country` the English name of the event location's
country; `fatalities` the reported deaths (0 when none are reported);
`notes` the sentence the event was read from.

Events that did not happen as stated (negated, hypothetical, future) are
not written: ACLED records events that took place.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from functools import lru_cache
from typing import TextIO

from ..model import Actor, Article, Event, Extraction, InputError
from ..registry import exporters

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "notes", "fatalities", "article_id", "confidence",
)
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
# Status flags of events that did not take place as reported.
NOT_HAPPENED = ("negated", "hypothetical", "future")
# The country part of `event_id_cnty` when the event's country is unknown
# (a code ISO 3166 leaves to users).
UNKNOWN_COUNTRY = "XXX"
# Digits of the number part of `event_id_cnty`.
ID_DIGITS = 9


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """English short names of countries by ISO 3166-1 alpha-3 code (the actor data's)."""
    from ..stages.actors.dictionary import COUNTRY_FILE, read_data

    return {raw["iso3"]: raw["name"] for raw in read_data(COUNTRY_FILE)}


def country_name(iso3: str | None) -> str | None:
    """The English name of a country code ("AFG" -> "Afghanistan"), or None."""
    return country_names().get(iso3) if iso3 else None


def is_acled(event: Event) -> bool:
    """Whether the event goes into ACLED output: an ACLED type, and it happened."""
    if event.acled.event_type is None:
        return False
    return not any(getattr(event.status, flag) for flag in NOT_HAPPENED)


def rows(items: Iterable[Extraction | InputError]) -> Iterator[list[object]]:
    """The CSV rows (without header) of the events of ACLED types."""
    for item in items:
        if isinstance(item, InputError):
            continue
        for event in item.events:
            if is_acled(event):
                yield row(event, item.article)


def row(event: Event, article: Article) -> list[object]:
    """One event as ACLED's columns, in `COLUMNS` order; unknown values are empty."""
    day, precision = event_day(event)
    side1, side2 = sides(event.actors)
    place = event.location
    country = place.country if place else None
    values = {
        "event_id_cnty": event_id_cnty(country, article.id, event.id),
        "event_date": day.isoformat() if day else None,
        "year": day.year if day else None,
        "time_precision": precision,
        "event_type": event.acled.event_type,
        "sub_event_type": event.acled.sub_event_type,
        "actor1": actor_name(side1[0]) if side1 else None,
        "assoc_actor_1": "; ".join(actor_name(a) for a in side1[1:]) or None,
        "inter1": side1[0].acled_inter if side1 else None,
        "actor2": actor_name(side2[0]) if side2 else None,
        "assoc_actor_2": "; ".join(actor_name(a) for a in side2[1:]) or None,
        "inter2": side2[0].acled_inter if side2 else None,
        "country": country_name(country),
        "admin1": place.admin1 if place else None,
        "admin2": place.admin2 if place else None,
        "admin3": None,
        "location": (place.name or place.text) if place else None,
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "geo_precision": place.precision if place else None,
        "source": article.source,
        "notes": event.evidence.text,
        "fatalities": event.fatalities,
        "article_id": article.id,
        "confidence": round(event.confidence, 3),
    }
    values["interaction"] = interaction(values["inter1"], values["inter2"])
    return ["" if values[c] is None else values[c] for c in COLUMNS]


def event_day(event: Event) -> tuple[date | None, int | None]:
    """The day to write and ACLED's time precision: the middle of the period."""
    if event.date is None:
        return None, None
    start, end = date.fromisoformat(event.date.start), date.fromisoformat(event.date.end)
    middle = start + timedelta(days=(end - start).days // 2)
    return middle, TIME_PRECISION[event.date.precision]


def sides(actors: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """Actor 1's side (the sources) and actor 2's (the targets).

    ACLED's actor order implies no direction; with no source the first
    target becomes actor 1.
    """
    sources = [a for a in actors if a.role == "source"]
    targets = [a for a in actors if a.role == "target"]
    return (sources, targets) if sources else (targets, [])


def actor_name(actor: Actor) -> str:
    """The canonical name of an actor, or its text when it has none."""
    return actor.name or actor.text


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: both inter codes, the lower first; 10x a lone one."""
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    if not codes:
        return None
    if len(codes) == 1:
        return 10 * codes[0]
    return 10 * codes[0] + codes[1]


def event_id_cnty(country: str | None, article_id: str, event_id: str) -> str:
    """A stable identifier: the ISO3 code, then a number hashed from the article and event ids."""
    digest = hashlib.sha1(f"{article_id}\x00{event_id}".encode()).hexdigest()
    return f"{country or UNKNOWN_COUNTRY}{int(digest, 16) % 10 ** ID_DIGITS}"


@exporters.register("eventwire.acled.v1")
def write_acled(items: Iterable[Extraction | InputError], out: TextIO) -> None:
    """Write a CSV header, then one row per event of an ACLED type, as records come."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for values in rows(items):
        writer.writerow(values)
