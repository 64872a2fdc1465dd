"""JSONL: one article object per line, streamed.

A broken line is an error for that line alone; the file is never loaded
whole, so memory stays flat on millions of lines.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ...errors import EventwireError
from ...model import Extraction, InputError
from ...registry import readers
from .article import Metadata, ReadOptions, build_extraction, parse_date
from .source import check_text

OPTIONAL_STRINGS = ("id", "title", "url", "source", "lang")


@readers.register("eventwire.read.jsonl.v1")
def read_jsonl_file(path: Path, name: str, options: ReadOptions) -> Iterator[Extraction | InputError]:
    """Read a JSONL file line by line; each line is one article or one error."""
    try:
        handle = path.open("rb")
    except OSError as error:
        raise EventwireError("E001", name, reason=error.strerror or str(error)) from error
    with handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield read_line(line, f"{name}:{number}", options)


def read_line(line: bytes, name: str, options: ReadOptions) -> Extraction | InputError:
    """Read one JSONL line; never raises for bad input."""
    try:
        if len(line) > options.max_article_bytes:
            raise EventwireError("E004", name, size=len(line), limit=options.max_article_bytes)
        return read_record(parse_line(line, name), name, options)
    except EventwireError as error:
        return InputError(error=str(error), code=error.code, input=name)


def parse_line(line: bytes, name: str) -> dict[str, Any]:
    """Decode and parse one line into an object."""
    try:
        text = line.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise EventwireError("E005", name, reason=str(error)) from error
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise EventwireError("E006", name, reason=str(error)) from error
    if not isinstance(value, dict):
        raise EventwireError("E007", name, reason=f"got a JSON {type(value).__name__}")
    return value


def read_record(record: dict[str, Any], name: str, options: ReadOptions) -> Extraction:
    """Build an article from a JSON object with at least `text`.

    Also used for records given through the Python API.
    """
    text = record.get("text")
    if not isinstance(text, str):
        raise EventwireError("E007", name, reason="'text' is missing or not a string")
    for key in OPTIONAL_STRINGS:
        if record.get(key) is not None and not isinstance(record[key], str | int):
            raise EventwireError("E007", name, reason=f"{key!r} must be a string")
    meta = Metadata(
        id=str(record["id"]) if record.get("id") not in (None, "") else None,
        title=record.get("title"),
        url=record.get("url"),
        published=parse_date(record.get("published"), name),
        source=record.get("source"),
        lang=record.get("lang"),
    )
    check_text(text, name)
    return build_extraction(text, name, meta, options)
