"""RSS and Atom feed files: one article per entry."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import feedparser
import lxml.html

from ...errors import EventwireError
from ...model import Extraction, InputError
from ...registry import readers
from .article import Metadata, ReadOptions, build_extraction
from .source import check_text, decode, read_bytes

# Block-level tags whose boundaries are paragraph breaks in feed HTML.
BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|div|br|li|h[1-6]|blockquote|tr)\b[^>]*>", re.I)
TAG = re.compile(r"<[a-zA-Z/!][^>]*>")
SPACES = re.compile(r"[ \t\r\f\v]+")


@readers.register("eventwire.read.feed.v1")
def read_feed_file(path: Path, name: str, options: ReadOptions) -> Iterator[Extraction | InputError]:
    """Read every entry of an RSS or Atom file.

    Raises:
        EventwireError: the file is not a feed (E009) or unreadable.
    """
    data = read_bytes(path, name, options.max_feed_bytes)
    decode(data, name)  # empty and binary files get their own messages
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "it has no entries")
        raise EventwireError("E009", name, reason=reason)
    channel = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        yield read_entry(entry, f"{name}#{number}", channel, options)


def read_entry(entry: Any, name: str, channel: str | None, options: ReadOptions) -> Extraction | InputError:
    """Read one feed entry; never raises for bad input."""
    try:
        text = entry_text(entry)
        check_text(text, name)
        meta = Metadata(
            id=entry.get("id") or entry.get("link"),
            title=entry.get("title"),
            url=entry.get("link"),
            published=entry_date(entry),
            source=(entry.get("source") or {}).get("title") or channel,
        )
        return build_extraction(text, name, meta, options)
    except EventwireError as error:
        return InputError(error=str(error), code=error.code, input=name)


def entry_text(entry: Any) -> str:
    """The fullest text an entry carries: content, else summary."""
    contents = entry.get("content") or []
    html = max((c.get("value", "") for c in contents), key=len, default="")
    return html_to_text(html or entry.get("summary", ""))


def entry_date(entry: Any) -> date | None:
    """The entry's publication (else update) date."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None


def html_to_text(html: str) -> str:
    """Plain text of a feed's HTML fragment, paragraphs blank-line separated."""
    if not TAG.search(html):
        return html.strip()
    marked = BLOCK_TAG.sub("\n\n", html)
    text = lxml.html.fromstring(f"<div>{marked}</div>").text_content()
    lines = (SPACES.sub(" ", line).strip() for line in text.split("\n\n"))
    return "\n\n".join(line for line in lines if line)
