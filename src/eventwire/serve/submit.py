"""Articles sent to the API: parse the body, run the pipeline, store the records.

One `Submitter` per app holds one `Eventwire` (built on first use: loading
the language model takes seconds) and runs it on a worker thread, one
request at a time, so the event loop keeps answering reads meanwhile.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import date
from typing import Any

from ..core import Eventwire
from ..errors import Errors, EventwireError
from ..model import Extraction, InputError
from ..stages.read.html import read_html
from ..stages.read.text import read_text_bytes
from ..store.db import Store, Stored
from ..store.query import EventFilter
from ..store.rows import content_hash

# Content types the API reads, by the reader that turns them into articles.
TEXT_TYPES = {"text/plain", "text/markdown"}
HTML_TYPES = {"text/html", "application/xhtml+xml"}
JSON_TYPES = {"application/json"}


class BadRequest(Exception):
    """The request cannot be read; carries a coded message and HTTP status."""

    def __init__(self, status: int, code: str, **fields: Any) -> None:
        self.status = status
        self.code = code
        super().__init__(f"{code} " + getattr(Errors, code).format(**fields))


def parse_json(body: bytes) -> list[dict[str, Any]]:
    """Article dicts from a JSON body: one object, a list, or `{"articles": [...]}`.

    Raises:
        BadRequest: the body is not JSON (E123) or not of those shapes (E126).
    """
    try:
        value = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BadRequest(400, "E123", reason=str(error)) from error
    if isinstance(value, dict) and isinstance(value.get("articles"), list):
        value = value["articles"]
    records = value if isinstance(value, list) else [value]
    if not records or not all(isinstance(record, dict) for record in records):
        raise BadRequest(400, "E126", reason="expected an article object with 'text', "
                         "a list of them, or {\"articles\": [...]}")
    return records


def media_type(header: str | None) -> str:
    """The bare media type of a Content-Type header ("text/plain; charset=utf-8" -> "text/plain")."""
    return (header or "").split(";", 1)[0].strip().lower()


class Submitter:
    """Turns request bodies into stored extraction records.

    Args:
        store: where the records go.
        make_eventwire: builds the pipeline on first use.
    """

    def __init__(self, store: Store, make_eventwire: Callable[[], Eventwire]) -> None:
        self.store = store
        self._make = make_eventwire
        self._eventwire: Eventwire | None = None
        self._lock = threading.Lock()

    @property
    def eventwire(self) -> Eventwire:
        """The shared pipeline (built on first use)."""
        if self._eventwire is None:
            self._eventwire = self._make()
        return self._eventwire

    def submit(self, body: bytes, content_type: str, fields: dict[str, Any]) -> dict[str, Any]:
        """Extract and store the articles in `body`. Runs on a worker thread.

        Args:
            body: the request body.
            content_type: its bare media type.
            fields: article fields from the query string (`id`, `title`,
                `source`, `published`); JSON articles carry their own.

        Returns:
            `{"articles": [...], "errors": [...], "added", "skipped"}`.

        Raises:
            BadRequest: an unsupported content type or unreadable JSON.
        """
        with self._lock:
            items = self._extract(body, content_type, fields)
            extractions = [item for item in items if isinstance(item, Extraction)]
            stored = [Stored(key=content_hash(x), input="api", extraction=x) for x in extractions]
            result = self.store.write_batch(None, stored) if stored else None
        articles = [self._summary(x) for x in extractions]
        errors = [item.model_dump() for item in items if isinstance(item, InputError)]
        return {"articles": articles, "errors": errors,
                "added": result.added if result else 0, "skipped": result.skipped if result else 0}

    def _extract(self, body: bytes, content_type: str, fields: dict[str, Any]) -> list[Extraction | InputError]:
        # Refuse what cannot be read before loading the pipeline for it.
        if content_type not in TEXT_TYPES | HTML_TYPES | JSON_TYPES:
            raise BadRequest(415, "E124", type=content_type or "none")
        records = parse_json(body) if content_type in JSON_TYPES else None
        published = fields.pop("published", None)
        day = date.fromisoformat(published) if published else None
        if records is not None:
            return list(self.eventwire.extract_records(records, published=day, source=fields.get("source")))
        name = fields.get("id") or "request"
        options = self.eventwire.options(day, fields.get("source"))
        try:
            reader = read_html if content_type in HTML_TYPES else read_text_bytes
            record = reader(body, name, options)
        except EventwireError as error:
            return [InputError(error=str(error), code=error.code, input=error.input)]
        self._set_fields(record, fields)
        return list(self.eventwire.pipeline.run([record]))

    @staticmethod
    def _set_fields(record: Extraction, fields: dict[str, Any]) -> None:
        """Query-string metadata wins over what the reader found."""
        article = record.article
        for name in ("id", "title", "source"):
            if fields.get(name):
                setattr(article, name, fields[name])

    def _summary(self, record: Extraction) -> dict[str, Any]:
        stored = self.store.list_events(EventFilter(article_id=record.article.id), limit=1000)
        return {"article_id": record.article.id, "title": record.article.title,
                "published": record.article.published, "events": len(record.events),
                "event_ids": [row["id"] for row in stored], "warnings": record.warnings}
