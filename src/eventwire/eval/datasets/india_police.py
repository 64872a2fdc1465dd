"""IndiaPoliceEvents: Times of India articles with police-action labels.

JSONL with `doc_id`, `doc_text` and `doc_labels` (any of KILL, ARREST,
FAIL, FORCE, ANY_ACTION). The text is kept as given, including its
mojibake (UTF-8 read as cp1252: "â€˜"), so offsets stay true to the file.
Many articles open with "This story is from March 10, 2002": that date
becomes the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from eventwire.eval.datasets.registry import register_dataset
from eventwire.eval.datasets.stream import iter_jsonl
from eventwire.eval.gold import IndiaPoliceGold

LABELS = ("KILL", "ARREST", "FAIL", "FORCE", "ANY_ACTION")
_STORY_DATE = re.compile(r"^\s*This story is from (\w+ \d{1,2}, \d{4})")


@register_dataset(
    "india_police",
    description="Times of India articles (March 2002) labelled with police actions",
    citation="Halterman et al., \"Corpus-Level Evaluation for Event QA: The IndiaPoliceEvents "
    "Corpus\" (Findings of ACL 2021), slanglab/IndiaPoliceEvents",
)
def load_india_police(path: Path) -> Iterator[IndiaPoliceGold]:
    """Read an IndiaPoliceEvents JSONL file.

    Args:
        path: the JSONL file.

    Returns:
        An iterator of labelled articles.
    """
    for number, row in iter_jsonl(path):
        text = row.get("doc_text") or ""
        yield IndiaPoliceGold(
            id=str(row.get("doc_id", number)),
            text=text,
            published=story_date(text),
            labels=frozenset(label for label in row.get("doc_labels") or () if label in LABELS),
        )


def story_date(text: str) -> str | None:
    """The date of a "This story is from March 10, 2002" header, as YYYY-MM-DD.

    Args:
        text: the article text.

    Returns:
        The date, or None when the article has no such header.
    """
    match = _STORY_DATE.match(text)
    if not match:
        return None
    try:
        return datetime.strptime(match.group(1), "%B %d, %Y").date().isoformat()
    except ValueError:
        return None
