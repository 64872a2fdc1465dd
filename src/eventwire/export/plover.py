"""`--format plover`: a JSON array of PLOVER event records.

Field names follow the PLOVER manual's JSON tables: `id`, `date` (and
`enddate` when the text gives only a week, month or year), `actor` and
`recipient` (lists of entity objects), `event`, `mode`, `context`,
`quad_code`, `event_loc` (a location object), `event_text`, `text` and
`text_info`, plus `size` (dead, injured, arrested, captured). A value the
text does not give is null.

PLOVER's auxiliary modes go into `context`, as the manual asks:
"negation", "hypothetical", "future", "historical". Negated events are kept
so users can choose; filter on `context` to drop them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO
from urllib.parse import urlsplit

from ..model import Actor, ActorMention, Article, Event, Extraction, InputError, Place
from ..registry import exporters
from .acled import country_name

# Status flags as PLOVER's auxiliary mode names.
AUXILIARY = (("negated", "negation"), ("hypothetical", "hypothetical"), ("future", "future"),
             ("historical", "historical"))
# PLOVER country codes that differ from ISO 3166-1 alpha-3.
PLOVER_CODES = {"XKX": "KOS"}
# GeoNames feature code prefixes -> PLOVER location resolution (1 country ... 5 sub-city).
RESOLUTION = (("PPLX", 5), ("PPL", 4), ("ADM3", 3), ("ADM2", 3), ("ADM1", 2), ("PCL", 1))


def records(items: Iterable[Extraction | InputError]) -> Iterator[dict[str, Any]]:
    """The PLOVER record of every event of every processed article."""
    for item in items:
        if isinstance(item, InputError):
            continue
        for event in item.events:
            yield record(event, item.article, item.actors)


def record(event: Event, article: Article, mentions: Iterable[ActorMention] = ()) -> dict[str, Any]:
    """One event as a PLOVER record.

    Args:
        event: the event.
        article: the article it was read from.
        mentions: the article's actor mentions, for the actors' Wikidata ids.
    Returns:
        The record, ready for `json.dumps`.
    """
    wikidata = {(m.start, m.end): m.wikidata for m in mentions if m.wikidata}
    day = event.date
    context = [*event.context, *(name for flag, name in AUXILIARY if getattr(event.status, flag))]
    evidence = event.evidence
    return {
        "id": event_id(event, article),
        "date": day.start if day else None,
        "enddate": day.end if day and day.precision != "day" else None,
        "actor": [entity(a, wikidata) for a in event.actors if a.role == "source"],
        "recipient": [entity(a, wikidata) for a in event.actors if a.role == "target"],
        "event": [event.type],
        "mode": [event.mode] if event.mode else None,
        "context": context or None,
        "quad_code": event.quad_class,
        "event_loc": location(event.location),
        "event_text": [event.trigger.text],
        "text": evidence.text,
        "text_info": {
            "id": article.id, "sequence": evidence.sentence, "start": evidence.start,
            "end": evidence.end, "source": article.source, "publication": publication(article),
            "date": article.published, "title": article.title, "url": article.url,
        },
        "size": {"dead": event.size.dead, "injured": event.size.injured,
                 "arrested": event.size.arrested, "captured": event.size.captured,
                 "approximate": event.size.approximate},
    }


def event_id(event: Event, article: Article) -> str:
    """An id unique across articles: the article id, then the event id."""
    if event.id.startswith(article.id):
        return event.id
    return f"{article.id}-{event.id}"


def entity(actor: Actor, wikidata: dict[tuple[int, int], str] | None = None) -> dict[str, Any]:
    """An actor as a PLOVER entity object."""
    return {
        "entity_text": actor.text,
        "identifier_text": actor.name,
        "identifier_id": (wikidata or {}).get((actor.start, actor.end)),
        "code": PLOVER_CODES.get(actor.country, actor.country) if actor.country else None,
        "country_name": country_name(actor.country),
        "sector": actor.sector,
    }


def location(place: Place | None) -> dict[str, Any] | None:
    """A place as PLOVER's location object (GeoNames field names), or None."""
    if place is None:
        return None
    feature = place.feature or ""
    populated = feature.startswith("PPL")
    return {
        "extracted_place": place.text,
        "resolved_place": place.name,
        "geonameid": place.geonameid,
        "lat": place.lat,
        "lon": place.lon,
        "city": place.name if populated else None,
        "district": place.admin2,
        "province": place.admin1,
        "country": country_name(place.country),
        "country_code": PLOVER_CODES.get(place.country, place.country) if place.country else None,
        "feature_class": ("P" if populated else "A" if feature.startswith(("ADM", "PCL")) else None),
        "feature_code": place.feature,
        "resolution": next((level for prefix, level in RESOLUTION if feature.startswith(prefix)), None),
    }


def publication(article: Article) -> str | None:
    """The outlet that published the article: the host of its URL, if known."""
    if not article.url:
        return None
    host = urlsplit(article.url).hostname
    return host.removeprefix("www.") if host else None


@exporters.register("eventwire.plover.v1")
def write_plover(items: Iterable[Extraction | InputError], out: TextIO) -> None:
    """Write a JSON array of PLOVER records, one per event, as records come.

    Failed inputs are left out; the caller reports them on stderr.
    """
    out.write("[")
    first = True
    for item in records(items):
        out.write("\n" if first else ",\n")
        out.write(json.dumps(item, ensure_ascii=False))
        first = False
    out.write("\n]\n")
