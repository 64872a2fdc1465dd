"""TimeML documents (`.tml`): TIMEX3 expressions in the TEXT element.

The plain text is the TEXT element's text with all markup removed, exactly
as it stands (leading newlines included); TIMEX3 offsets point into it. The
document creation time (DCT) is the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from eventwire.eval.datasets.registry import register_dataset
from eventwire.eval.gold import GoldTimex, TimemlGold

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@register_dataset(
    "timeml",
    description="TimeML news (TimeBank 1.2 + AQUAINT): TIMEX3 spans and values",
    citation="TempEval-3 training data (TBAQ: TimeBank 1.2 and AQUAINT), UzZaman et al. 2013",
)
def load_timeml(path: Path) -> Iterator[TimemlGold]:
    """Read a `.tml` file, or every `.tml` file under a directory (sorted).

    Args:
        path: a file or a directory.

    Returns:
        An iterator of TimeML documents.
    """
    files = [path] if path.is_file() else sorted(path.rglob("*.tml"))
    for file in files:
        yield parse_tml(file)


def parse_tml(file: Path) -> TimemlGold:
    """Parse one TimeML file.

    Args:
        file: the `.tml` file.

    Returns:
        The document, its text and TIMEX3 expressions.

    Raises:
        ValueError: when the file has no TEXT element.
    """
    root = etree.parse(str(file)).getroot()
    body = root.find(".//TEXT")
    if body is None:
        raise ValueError(f"{file}: no TEXT element")
    text, timexes = plain_text(body)
    dct = root.find(".//DCT/TIMEX3")
    value = dct.get("value", "") if dct is not None else ""
    return TimemlGold(
        id=root.findtext("DOCID") or file.stem,
        text=text,
        title=(root.findtext("TITLE") or "").strip() or None,
        published=value[:10] if _DATE.match(value) else None,
        timexes=timexes,
    )


def plain_text(body: etree._Element) -> tuple[str, tuple[GoldTimex, ...]]:
    """Strip the markup from an element, keeping the offsets of its TIMEX3s.

    Args:
        body: the TEXT element.

    Returns:
        The plain text and the TIMEX3 spans in it, in document order.
    """
    pieces: list[str] = []
    found: list[tuple[int, int, etree._Element]] = []
    _append_text(body, pieces, found, [0])
    text = "".join(pieces)
    return text, tuple(
        GoldTimex(start, end, text[start:end], type=el.get("type", "DATE"), value=el.get("value"))
        for start, end, el in found
    )


def _append_text(
    element: etree._Element,
    pieces: list[str],
    found: list[tuple[int, int, etree._Element]],
    length: list[int],
) -> None:
    """Append an element's text (not its tail) and its children's, depth first.

    `length[0]` is the running length of `pieces`; comments and processing
    instructions contribute only their tails.
    """
    start = length[0]
    _add(element.text if isinstance(element.tag, str) else None, pieces, length)
    for child in element:
        _append_text(child, pieces, found, length)
        _add(child.tail, pieces, length)
    if element.tag == "TIMEX3":
        found.append((start, length[0], element))


def _add(text: str | None, pieces: list[str], length: list[int]) -> None:
    """Append a piece of text and keep the running length."""
    if text:
        pieces.append(text)
        length[0] += len(text)
