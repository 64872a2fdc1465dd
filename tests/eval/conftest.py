"""Shared fixtures of the evaluation tests: fixture files, the real gold
sets (skipped when absent), a fake pipeline and builders of hand-made
`Extraction` records."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from eventwire.model import (
    AcledType,
    Actor,
    ActorMention,
    Article,
    Event,
    EventDate,
    Evidence,
    Extraction,
    InputError,
    Place,
    Size,
    Span,
    Status,
)

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


@pytest.fixture
def fixtures() -> Path:
    """The directory of hand-written fixture files."""
    return FIXTURES


@pytest.fixture
def shared_data() -> Path:
    """The real development sets; the test is skipped when they are absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"the gold sets are not here ({SHARED_DATA} is absent); they are never copied into the repo")
    return SHARED_DATA


class FakePipeline:
    """Stands in for `eventwire.core.Eventwire`: fixed `provides`, canned output.

    `outputs` maps a record id to what to return for it: an `Extraction`,
    an `InputError`, or a callable taking the record. Unlisted records get
    an empty extraction of their own text.
    """

    def __init__(self, provides: Iterable[str] = (), outputs: dict[str, Any] | None = None) -> None:
        self.provides = set(provides)
        self.outputs = outputs or {}
        self.seen: list[dict[str, Any]] = []

    def extract_records(self, records: Iterable[dict[str, Any]]) -> Iterator[Extraction | InputError]:
        """Yield one result per record, in order."""
        for record in records:
            self.seen.append(record)
            out = self.outputs.get(record.get("id"))
            if callable(out):
                out = out(record)
            yield out if out is not None else build_extraction(record["text"], id=record.get("id", "x"))


def build_event(
    type: str = "ASSAULT",
    trigger: tuple[int, int] = (0, 1),
    *,
    text: str = "",
    actors: list[Actor] | None = None,
    acled: tuple[str | None, str | None] = (None, None),
    **fields: Any,
) -> Event:
    """A minimal valid `Event`; `text` supplies trigger and evidence words."""
    words = text[trigger[0] : trigger[1]] if text else "x"
    return Event(
        id=f"ev{trigger[0]}",
        type=type,
        trigger=Span(text=words, start=trigger[0], end=trigger[1]),
        actors=actors or [],
        acled=AcledType(event_type=acled[0], sub_event_type=acled[1]),
        confidence=0.9,
        evidence=Evidence(sentence=0, start=0, end=len(text), text=text),
        **fields,
    )


def build_actor(role: str, text: str, start: int = 0, **fields: Any) -> Actor:
    """An `Actor` at `start`."""
    return Actor(role=role, text=text, start=start, end=start + len(text), **fields)


def build_mention(text: str, start: int, kind: str = "name", **fields: Any) -> ActorMention:
    """An `ActorMention` at `start`; its own ref and sentence 0 unless given."""
    fields.setdefault("ref", f"a{start}")
    fields.setdefault("sentence", 0)
    return ActorMention(text=text, start=start, end=start + len(text), kind=kind, **fields)


def build_place(text: str, start: int, **fields: Any) -> Place:
    """A `Place` at `start`."""
    return Place(text=text, start=start, end=start + len(text), **fields)


def build_extraction(text: str, id: str = "doc", **lists: Any) -> Extraction:
    """An `Extraction` of `text` with the given lists (events, places, times, quotes, actors)."""
    return Extraction(article=Article(id=id, text=text), **lists)


@pytest.fixture
def make() -> SimpleNamespace:
    """Builders of model records for hand-made extractions."""
    return SimpleNamespace(
        event=build_event,
        actor=build_actor,
        mention=build_mention,
        place=build_place,
        extraction=build_extraction,
        date=lambda value: EventDate(value=value, precision="day", start=value, end=value),
        size=Size,
        status=Status,
    )


@pytest.fixture
def fake_pipeline() -> Callable[..., FakePipeline]:
    """The `FakePipeline` class."""
    return FakePipeline
