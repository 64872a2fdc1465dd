"""The event-dates stage: when each event happened.

Runs after the events, times and (when present) attribution stages and
sets `event.date` on every event of `record.events` (see `event_dates` for
the rules). Events it cannot date keep `date = None`; an article without a
publication date says so in a warning when that leaves events undated.
"""

from __future__ import annotations

from ...errors import Warnings
from ...model import Extraction, InputError
from ...registry import stages
from .event_dates import BEFORE_DAYS, CARRY_SENTENCES, Settings, date_events, undated


class EventDatesStage:
    """Dates the events of each article from its time expressions."""

    requires = ("doc", "events", "times")
    assigns = ("events.date",)

    def __init__(self, name: str, *, before_days: int = BEFORE_DAYS,
                 carry_sentences: int = CARRY_SENTENCES) -> None:
        self.name = name
        self.settings = Settings(before_days=before_days, carry_sentences=carry_sentences)

    def __call__(self, batch: list[Extraction]) -> list[Extraction | InputError]:
        for record in batch:
            if record.events:
                self.set_annotations(record, date_events(record, self.settings))
        return list(batch)

    def set_annotations(self, record: Extraction, found: list) -> None:
        """Write one date (or None) onto each event, in order."""
        for event, when in zip(record.events, found):
            event.date = when
        missing = undated(found)
        if missing and record.article.published is None:
            record.warnings.append(Warnings.W200.format(count=missing))


@stages.register("eventwire.event_dates.v1")
def make_event_dates_stage(name: str, **settings: int) -> EventDatesStage:
    """Factory for the event-dates stage (settings from `[stages.<name>]`)."""
    return EventDatesStage(name, **settings)
