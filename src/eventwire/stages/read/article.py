"""Turn decoded text plus whatever metadata an input carries into a record.

Every reader ends here, so layout parsing, the choice of title, source and
publication date, and article ids work the same for every input format.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ...config import Config
from ...errors import EventwireError
from ...model import Article, Extraction
from .published import resolve_published
from .wire import parse_layout


@dataclass(frozen=True)
class ReadOptions:
    """Every reader setting in one place."""

    published: date | None = None
    source: str | None = None
    today: date = field(default_factory=date.today)
    max_article_bytes: int = 5_000_000
    max_feed_bytes: int = 50_000_000
    year_search_span: int = 40

    @classmethod
    def from_config(cls, config: Config, **overrides: Any) -> ReadOptions:
        """Build options from the `[read]` settings plus call-site values."""
        read = config.get("read", {})
        known = ("max_article_bytes", "max_feed_bytes", "year_search_span")
        values = {key: read[key] for key in known if key in read}
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


@dataclass(frozen=True)
class Metadata:
    """What an input says about itself besides its text."""

    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: date | None = None
    source: str | None = None
    lang: str | None = None


def build_extraction(
    text: str, name: str, meta: Metadata, options: ReadOptions, warnings: list[str] | None = None
) -> Extraction:
    """Parse the layout of `text` and wrap it as an `Extraction`.

    Args:
        text: the decoded article text; offsets in the output refer to it.
        name: how the input is named in messages (path, path:line, URL).
        meta: the input's own metadata; it wins over what the text says.
        options: reader settings (fallback date and source, today).
        warnings: warnings raised while reading (decoding).

    Returns:
        The record, ready for the pipeline.

    Raises:
        EventwireError: the text is empty (E002).
    """
    if not text.strip():
        raise EventwireError("E002", name)
    layout = parse_layout(text)
    published = resolve_published(
        layout, text, metadata=meta.published, given=options.published,
        today=options.today, span=options.year_search_span,
    )
    dateline = layout.dateline.dateline if layout.dateline else None
    article = Article(
        id=meta.id or content_id(text),
        title=meta.title or layout.title,
        subtitle=layout.subtitle,
        source=meta.source or layout.source or options.source,
        url=meta.url,
        published=published.value.isoformat() if published.value else None,
        dateline=dateline,
        lang=meta.lang,
        sections=layout.sections,
        text=text,
    )
    record = Extraction(article=article, warnings=[*(warnings or []), *published.warnings])
    record.state["input"] = name
    return record


def content_id(text: str) -> str:
    """A stable id for text that came without one: its content hash."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_date(value: Any, name: str) -> date | None:
    """Read an ISO date or datetime given as input metadata.

    Raises:
        EventwireError: the value is not an ISO date (E013).
    """
    if value in (None, ""):
        return None
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
        except ValueError:
            pass
    raise EventwireError("E013", name, value=value)
