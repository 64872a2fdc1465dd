"""Acceptance (issue 5): the founding article's events."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events(eventwire):
    from ..conftest import shared_path

    (item,) = eventwire.extract([shared_path("seed", "panjshir_tass.txt")])
    return item.events


def find(events, kind, word):
    """The event of a type whose trigger or evidence holds a word."""
    found = [e for e in events if e.type == kind and word in e.trigger.text]
    found = found or [e for e in events if e.type == kind and word in e.evidence.text]
    assert found, f"no {kind} event with {word!r}: {[(e.type, e.trigger.text) for e in events]}"
    return found[0]


def names(event, role):
    return {a.name for a in event.actors if a.role == role}


def test_main_event_is_the_repelled_attack(events):
    main = events[0]
    assert main.type == "ASSAULT"
    assert main.trigger.text == "attack"
    assert (main.acled.event_type, main.acled.sub_event_type) == ("Battles", "Armed clash")
    assert "Taliban" in names(main, "source")
    assert names(main, "target") == {"National Resistance Front of Afghanistan"}
    assert main.status.attempted and not main.status.negated and not main.status.historical


def test_main_event_counts(events):
    size = events[0].size
    assert size.captured is not None and size.approximate  # "several militants were taken prisoner"
    assert size.dead is None  # "There are casualties": no number
    assert events[0].fatalities == 0


def test_taliban_concentrating_forces(events):
    event = find(events, "MOBILIZE", "concentrating")
    assert event.mode == "troops" and names(event, "source") == {"Taliban"}


def test_talks_agreement_and_demands(events):
    talks = find(events, "CONSULT", "Charikar")
    assert {"National Resistance Front of Afghanistan", "Taliban"} <= names(talks, "source") | names(talks, "target")
    agreed = find(events, "AGREE", "agreed")
    assert agreed.trigger.text == "agreed"
    assert find(events, "REJECT", "disagrees").trigger.text == "disagrees"
    assert find(events, "REQUEST", "insists").trigger.text == "insists"


def test_background_events_are_historical(events):
    kabul = find(events, "ASSAULT", "Kabul")
    assert kabul.acled.sub_event_type == "Non-state actor overtakes territory"
    assert kabul.status.historical and names(kabul, "source") == {"Taliban"}
    offensive = find(events, "ASSAULT", "offensive")
    assert offensive.status.historical
    resigned = find(events, "RETREAT", "stepped")
    assert resigned.mode == "resign" and names(resigned, "source") == {"Ashraf Ghani"}
    assert find(events, "RETREAT", "fled").mode == "withdraw"
    call = find(events, "REQUEST", "called")
    assert names(call, "source") == {"Amrullah Saleh"}
    pullout = find(events, "RETREAT", "pullout")
    assert pullout.mode == "withdraw"


def test_reporting_is_no_event(events):
    assert not [e for e in events if e.trigger.text in ("said", "told", "added")]


def test_every_event_points_back_to_its_words(eventwire, events):
    from ..conftest import shared_path

    text = shared_path("seed", "panjshir_tass.txt").read_text("utf-8")
    for event in events:
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text
        assert text[event.evidence.start:event.evidence.end] == event.evidence.text
        assert event.evidence.start <= event.trigger.start < event.evidence.end
        for actor in event.actors:
            assert text[actor.start:actor.end] == actor.text
        assert 0 < event.confidence <= 1
    assert len({e.id for e in events}) == len(events)
