"""event_location loader: verb and location spans per sentence."""

from __future__ import annotations

from pathlib import Path

from eventwire.eval.datasets.event_location import load_event_location


def test_event_location_fixture(fixtures: Path) -> None:
    bus, condemn, guards = load_event_location(fixtures / "event_location.json")  # no-verb item skipped
    assert (bus.verb.text, [s.text for s in bus.locations]) == ("attacked", ["Riverton market"])
    assert condemn.locations == () and condemn.id == "1:test_condemn_1"
    assert guards.verb.text == "fired"  # the first of two verbs
    assert bus.id != guards.id  # the file repeats _id 123


def test_real_event_location(shared_data: Path) -> None:
    docs = list(load_event_location(shared_data / "event_location" / "dev.json"))
    assert len(docs) == 9686
    assert len({d.id for d in docs}) == 9686
