"""`--format jsonl` (one object per article) and `--format json` (an array)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from ..model import Extraction, InputError
from ..registry import exporters


def to_json(item: Extraction | InputError) -> str:
    """One record as a compact JSON line, every contract field present."""
    return item.model_dump_json()


@exporters.register("eventwire.jsonl.v1")
def write_jsonl(items: Iterable[Extraction | InputError], out: TextIO) -> None:
    """Write one line per article; failed inputs become `{"error": ...}` lines."""
    for item in items:
        out.write(to_json(item))
        out.write("\n")


@exporters.register("eventwire.json.v1")
def write_json(items: Iterable[Extraction | InputError], out: TextIO) -> None:
    """Write a JSON array of the articles that were processed.

    Failed inputs are left out of the array; the caller reports them on
    stderr. Records are written as they come, so memory stays flat.
    """
    out.write("[")
    first = True
    for item in items:
        if isinstance(item, InputError):
            continue
        out.write("\n" if first else ",\n")
        out.write(to_json(item))
        first = False
    out.write("\n]\n")
