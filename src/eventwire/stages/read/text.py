"""Plain-text wire copy: one article per file or per stdin."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ...errors import EventwireError
from ...model import Extraction, InputError
from ...registry import readers
from .article import Metadata, ReadOptions, build_extraction
from .source import check_size, decode, read_bytes


@readers.register("eventwire.read.text.v1")
def read_text_file(path: Path, name: str, options: ReadOptions) -> Iterator[Extraction | InputError]:
    """Read one `.txt` file of wire copy."""
    yield read_text_bytes(read_bytes(path, name, options.max_article_bytes), name, options)


def read_text_bytes(data: bytes, name: str, options: ReadOptions) -> Extraction:
    """Read one article of plain text given as bytes (a file, stdin)."""
    check_size(data, name, options.max_article_bytes)
    text, warnings = decode(data, name)
    return build_extraction(text, name, Metadata(), options, warnings)


def read_stdin(stream, options: ReadOptions) -> Extraction:
    """Read one article of plain text from a binary stream."""
    data = stream.read(options.max_article_bytes + 1)
    if len(data) > options.max_article_bytes:
        raise EventwireError("E004", "<stdin>", size=f"more than {options.max_article_bytes}",
                             limit=options.max_article_bytes)
    return read_text_bytes(data, "<stdin>", options)
