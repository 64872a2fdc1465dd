"""Find the reader for each input path and turn read failures into errors."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ...config import Config
from ...errors import Errors, EventwireError
from ...model import Extraction, InputError
from ...registry import readers
from .article import ReadOptions
from .text import read_stdin

# Readers by the first bytes of a file whose suffix says nothing.
SNIFF = (
    ((b"<?xml", b"<rss", b"<feed", b"<rdf"), "eventwire.read.feed.v1"),
    ((b"<!doctype html", b"<html"), "eventwire.read.html.v1"),
)
STDIN = "-"


def read_inputs(
    paths: Iterable[str | Path], config: Config, options: ReadOptions,
    stdin: BinaryIO | None = None,
) -> Iterator[Extraction | InputError]:
    """Yield one record or error per article found in `paths`.

    Args:
        paths: files, directories (read recursively, in name order) or "-"
            for standard input; no paths at all also means standard input.
        config: settings; `[read.suffixes]` maps suffixes to readers.
        options: reader settings.
        stdin: the binary stream "-" reads (default: the process's stdin).
    """
    suffixes = config["read"]["suffixes"]
    paths = list(paths) or [STDIN]
    for raw in paths:
        if str(raw) == STDIN:
            yield from guarded("<stdin>", lambda: iter([read_stdin(stdin or sys.stdin.buffer, options)]))
            continue
        path = Path(raw)
        if path.is_dir():
            for file in directory_files(path, suffixes):
                yield from read_path(file, suffixes[file.suffix.lower()], options)
        else:
            yield from read_path(path, reader_name(path, suffixes), options)


def directory_files(folder: Path, suffixes: dict[str, str]) -> list[Path]:
    """Readable files below `folder`, hidden ones skipped, in name order."""
    found = []
    for file in sorted(folder.rglob("*")):
        hidden = any(part.startswith(".") for part in file.relative_to(folder).parts)
        if file.is_file() and not hidden and file.suffix.lower() in suffixes:
            found.append(file)
    return found


def reader_name(path: Path, suffixes: dict[str, str]) -> str:
    """The reader for a file named on the command line."""
    if path.suffix.lower() in suffixes:
        return suffixes[path.suffix.lower()]
    try:
        with path.open("rb") as handle:
            head = handle.read(512).lstrip().lower()
    except OSError:
        return "eventwire.read.text.v1"  # the reader reports the error
    for starts, name in SNIFF:
        if head.startswith(starts):
            return name
    return "eventwire.read.text.v1"


def read_path(path: Path, reader: str, options: ReadOptions) -> Iterator[Extraction | InputError]:
    """Run one reader over one file, containing its failures."""
    read = readers.get(reader)
    yield from guarded(str(path), lambda: read(path, str(path), options))


def guarded(name: str, produce) -> Iterator[Extraction | InputError]:
    """Yield what `produce()` yields; an error ends that input alone.

    Records already yielded stay valid: a feed whose tenth entry breaks the
    parser keeps its first nine.
    """
    try:
        yield from produce()
    except EventwireError as error:
        yield InputError(error=str(error), code=error.code, input=error.input)
    except Exception as error:  # noqa: BLE001 - a reader bug must not stop the batch
        message = Errors.E001.format(input=name, reason=f"{type(error).__name__}: {error}")
        yield InputError(error=f"E001 {message}", code="E001", input=name)
