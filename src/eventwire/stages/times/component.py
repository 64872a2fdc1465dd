"""The times stage: every time expression of an article, with its value.

Fills the record's `times` with one `Time` per expression, in text order,
valued relative to the publication date (`article.published`). Furniture
is already blank in the parse, so it yields none.
"""

from __future__ import annotations

from datetime import date

from ...model import Extraction, InputError, Time
from ...registry import stages
from .expressions import find_times

# How far after the publication date a date given without a year may fall
# (see `dates.choose`): about six months, as news reports mostly look back.
FUTURE_DAYS = 183


def anchor_of(record: Extraction) -> date | None:
    """The publication date relative expressions count from, if known."""
    published = record.article.published
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


class TimesStage:
    """Finds and normalises the time expressions of each article."""

    requires = ("doc",)
    assigns = ("times",)

    def __init__(self, name: str, *, future_days: int = FUTURE_DAYS) -> None:
        self.name = name
        self.future_days = future_days

    def __call__(self, batch: list[Extraction]) -> list[Extraction | InputError]:
        for record in batch:
            self.set_annotations(record, self.find(record))
        return list(batch)

    def find(self, record: Extraction) -> list[Time]:
        """The time expressions of one parsed record."""
        doc = record.state["doc"]
        return find_times(doc.text, anchor_of(record), doc, future_days=self.future_days)

    def set_annotations(self, record: Extraction, times: list[Time]) -> None:
        """Write the expressions, their text taken from `article.text`."""
        text = record.article.text
        record.times = [t.model_copy(update={"text": text[t.start:t.end]}) for t in times]


@stages.register("eventwire.times.v1")
def make_times_stage(name: str, **settings: int) -> TimesStage:
    """Factory for the times stage (settings from `[stages.<name>]`)."""
    return TimesStage(name, **settings)
