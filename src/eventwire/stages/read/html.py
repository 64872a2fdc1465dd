"""HTML pages: the article text and metadata, via trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import trafilatura

from ...errors import EventwireError
from ...model import Extraction, InputError
from ...registry import readers
from .article import Metadata, ReadOptions, build_extraction, parse_date
from .source import decode, read_bytes

# Only dates the page states for itself; a date guessed from links or body
# text would silently become the anchor of every relative date.
DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


@readers.register("eventwire.read.html.v1")
def read_html_file(path: Path, name: str, options: ReadOptions) -> Iterator[Extraction | InputError]:
    """Read one saved HTML page."""
    data = read_bytes(path, name, options.max_article_bytes)
    yield read_html(data, name, options)


def read_html(data: bytes, name: str, options: ReadOptions) -> Extraction:
    """Extract the main text and metadata of a page.

    `article.text` is the extracted text with one blank line between
    paragraphs; all offsets refer to it.

    Raises:
        EventwireError: nothing readable in the page (E008), or the bytes are
            empty or binary.
    """
    html, warnings = decode(data, name)
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params=DATE_PARAMS,
    )
    if document is None or not (document.text or "").strip():
        raise EventwireError("E008", name)
    meta = Metadata(
        title=clean(document.title),
        url=clean(document.url),
        published=parse_date(document.date, name),
        source=clean(document.sitename),
        lang=clean(document.language),
    )
    return build_extraction(paragraphs(document.text), name, meta, options, warnings)


def paragraphs(text: str) -> str:
    """Separate trafilatura's one-line paragraphs by blank lines."""
    lines = (line.strip() for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def clean(value: str | None) -> str | None:
    """Strip a metadata value; empty becomes None."""
    value = (value or "").strip()
    return value or None
