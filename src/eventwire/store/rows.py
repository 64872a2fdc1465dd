"""Extraction records as table rows (pure functions, no database)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from typing import Any

from ..model import Event, Extraction


def content_hash(extraction: Extraction) -> str:
    """The idempotency key: sha256 of the article's id and text.

    The same article read twice (the same file, the same JSONL line) gets
    the same key, so it is stored once however often it is ingested.
    """
    digest = hashlib.sha256()
    digest.update(extraction.article.id.encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    digest.update(extraction.article.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def now() -> str:
    """The current UTC time, ISO 8601, to the second."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def article_row(extraction: Extraction, key: str, input: str | None, run_id: int | None) -> dict[str, Any]:
    """The `articles` row of one extraction (its whole JSON included)."""
    article = extraction.article
    return {
        "content_hash": key, "article_id": article.id[:255], "title": article.title,
        "source": (article.source or None) and article.source[:255], "url": article.url,
        "published": article.published, "lang": article.lang, "input": input,
        "run_id": run_id, "ingested_at": now(), "event_count": len(extraction.events),
        "extraction": extraction.model_dump_json(),
    }


def event_row(event: Event, position: int, extraction: Extraction, article_pk: int) -> dict[str, Any]:
    """The `events` row of one event: what queries filter on."""
    place, when, status = event.location, event.date, event.status
    return {
        "article_pk": article_pk, "event_id": event.id[:255], "position": position,
        "type": event.type, "mode": event.mode,
        "acled_event_type": event.acled.event_type, "acled_sub_event_type": event.acled.sub_event_type,
        "cameo_root": event.cameo_root, "quad_class": event.quad_class,
        "date_start": when.start if when else None, "date_end": when.end if when else None,
        "date_value": when.value if when else None, "date_precision": when.precision if when else None,
        "published": extraction.article.published, "source": clip(extraction.article.source),
        "location": clip(place.name or place.text) if place else None,
        "geonameid": place.geonameid if place else None,
        "country": place.country if place else None, "admin1": clip(place.admin1) if place else None,
        "admin2": clip(place.admin2) if place else None,
        "lat": place.lat if place else None, "lon": place.lon if place else None,
        "geo_precision": place.precision if place else None,
        "fatalities": event.fatalities, "injured": event.size.injured, "arrested": event.size.arrested,
        "negated": status.negated, "hypothetical": status.hypothetical, "future": status.future,
        "historical": status.historical, "attempted": status.attempted,
        "confidence": event.confidence, "trigger": clip(event.trigger.text),
        "evidence": event.evidence.text, "speaker": clip(event.attribution.speaker),
    }


def actor_rows(event: Event, event_pk: int) -> list[dict[str, Any]]:
    """The `event_actors` rows of one event."""
    return [{"event_pk": event_pk, "role": a.role, "text": a.text, "name": clip(a.name),
             "country": a.country, "sector": a.sector, "acled_inter": a.acled_inter,
             "key": actor_key(a.name or a.text)} for a in event.actors]


def actor_key(name: str) -> str:
    """What actor filters match: the name in lower case (Python's lower(),
    as SQL's lower() would give for the same letters)."""
    return name.lower()[:255]


def place_rows(extraction: Extraction, article_pk: int) -> list[dict[str, Any]]:
    """The `places` rows of one article."""
    return [{"article_pk": article_pk, "text": p.text, "name": clip(p.name), "geonameid": p.geonameid,
             "lat": p.lat, "lon": p.lon, "country": p.country, "admin1": clip(p.admin1),
             "admin2": clip(p.admin2), "feature": p.feature, "precision": p.precision}
            for p in extraction.places]


def quote_rows(extraction: Extraction, article_pk: int) -> list[dict[str, Any]]:
    """The `quotes` rows of one article."""
    rows = []
    for quote in extraction.quotes:
        speaker = quote.speaker
        rows.append({
            "article_pk": article_pk, "speaker": clip(speaker.name) if speaker else None,
            "speaker_text": speaker.text if speaker else None,
            "anonymous": speaker.anonymous if speaker else False,
            "cue": clip(quote.cue.text) if quote.cue else None, "content": quote.content.text,
            "direct": quote.direct, "date": quote.date,
        })
    return rows


def clip(value: str | None, limit: int = 255) -> str | None:
    """Fit a string into a VARCHAR(255) column (PostgreSQL enforces it)."""
    return value[:limit] if value else value
