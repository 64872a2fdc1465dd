"""Streaming readers shared by the loaders.

`iter_json` walks the items of a top-level JSON array (or the members of a
top-level object) without loading the whole file, so a loader with a
`limit` stops early and memory stays flat.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

CHUNK = 1 << 20  # characters read at a time
_DECODER = json.JSONDecoder()
_SPACE = " \t\r\n"


class _Buffer:
    """A growing window on a text file, consumed from the left."""

    def __init__(self, handle: TextIO) -> None:
        self.handle = handle
        self.text = ""
        self.pos = 0
        self.eof = False

    def more(self, size: int = CHUNK) -> bool:
        """Read more text; return False at end of file."""
        if self.pos > CHUNK:  # drop what was consumed
            self.text, self.pos = self.text[self.pos :], 0
        chunk = self.handle.read(size)
        self.text += chunk
        self.eof = not chunk
        return bool(chunk)

    def next_char(self, skip: str = _SPACE) -> str:
        """Skip characters in `skip` and return the next one ('' at EOF)."""
        while True:
            while self.pos < len(self.text) and self.text[self.pos] in skip:
                self.pos += 1
            if self.pos < len(self.text) or not self.more():
                return self.text[self.pos] if self.pos < len(self.text) else ""

    def value(self) -> Any:
        """Decode one JSON value at the cursor, reading more text as needed."""
        size = CHUNK
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError:
                if not self.more(size):
                    raise
                size *= 2  # a value larger than a chunk: grow geometrically
                continue
            if end < len(self.text) or self.eof or not self.more():
                self.pos = end  # a value must be followed by ',', ']' or '}'
                return value


def iter_json(path: Path) -> Iterator[tuple[str | int, Any]]:
    """Yield the items of a JSON file whose top level is an array or object.

    Args:
        path: the JSON file.

    Returns:
        An iterator of (index, item) for an array, (key, value) for an object.

    Raises:
        ValueError: when the top level is neither, or the JSON is malformed.
    """
    with open(path, encoding="utf-8") as handle:
        buf = _Buffer(handle)
        opening = buf.next_char()
        if not opening or opening not in "[{":
            raise ValueError(f"{path}: expected a JSON array or object")
        buf.pos += 1
        closing, index = ("]" if opening == "[" else "}"), 0
        while True:
            char = buf.next_char(_SPACE + ",")
            if char == closing:
                return
            if not char:
                raise ValueError(f"{path}: unexpected end of JSON")
            yield _item(buf, opening, index)
            index += 1


def _item(buf: _Buffer, opening: str, index: int) -> tuple[str | int, Any]:
    """Read one array item or one `"key": value` object member."""
    if opening == "[":
        return index, buf.value()
    key = buf.value()
    if buf.next_char() != ":":
        raise ValueError("malformed JSON object: expected ':'")
    buf.pos += 1
    buf.next_char()
    return key, buf.value()


def iter_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) for each non-blank line of a JSONL file.

    Args:
        path: the JSONL file.

    Returns:
        An iterator of (1-based line number, decoded object).
    """
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                yield number, json.loads(line)
