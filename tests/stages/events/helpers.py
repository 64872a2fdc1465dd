"""Shared helpers of the events tests: run a sentence, find an event."""

from __future__ import annotations

PUBLISHED = "2024-05-10"
# ACLED event types, as the tests name them.
BATTLES = "Battles"
VAC = "Violence against civilians"
EXPLOSIONS = "Explosions/Remote violence"
RIOTS = "Riots"
PROTESTS = "Protests"
STRATEGIC = "Strategic developments"


def extract(eventwire, text):
    """The record of one hand-written text, published on `PUBLISHED`."""
    return eventwire.extract_text(text, published=PUBLISHED)


def event_on(record, trigger):
    """The event whose trigger text is `trigger` (fails with what was found)."""
    found = [e for e in record.events if e.trigger.text == trigger]
    assert found, f"no event on {trigger!r}; found {[(e.trigger.text, e.type) for e in record.events]}"
    return found[0]
