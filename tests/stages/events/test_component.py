"""The events stage as a whole, through the real pipeline: order, merging,
evidence, ids, confidence and counts stated apart. Hand-written articles."""

from __future__ import annotations

import re

import pytest

from eventwire.stages.events.component import EventsStage

PUBLISHED = "2024-05-10"

ATTACK_STORY = """Al-Shabaab attacks Somali troops near Kismayo

KISMAYO, May 9 (Horn Wire) - Al-Shabaab fighters attacked Somali troops near Kismayo on Thursday, officials said.

The attack began before dawn and lasted several hours, a local commander said.

The regional governor later met elders in the town to discuss security."""

ARREST_STORY = """Police arrest opposition leader in Lusaka

LUSAKA, May 9 (Zambezi Wire) - Protests broke out in Lusaka on Thursday after Zambian police arrested the leader of the main opposition party, his lawyer said.

The arrest drew criticism from church leaders."""

THREE_EVENTS = ("Rebels attacked an army base in the north on Monday. Police arrested three protesters "
                "in the capital on Tuesday. Teachers went on strike in the south.")


def extract(eventwire, text):
    return eventwire.extract_text(text, published=PUBLISHED)


def summary(record):
    return [(e.type, e.trigger.text) for e in record.events]


def test_stage_declares_what_it_assigns(eventwire):
    assert "events" in EventsStage.assigns
    assert {"events", "events.acled", "events.actors", "events.size", "events.status"} <= set(eventwire.provides)


def test_headline_lede_and_later_mention_are_one_event(eventwire):
    record = extract(eventwire, ATTACK_STORY)
    assert summary(record) == [("ASSAULT", "attacked"), ("CONSULT", "met")]
    attack = record.events[0]
    assert {(a.role, a.name) for a in attack.actors} == {("source", "al-Shabaab"), ("target", "Somali National Army")}
    assert attack.acled.sub_event_type == "Armed clash"


def test_merged_event_takes_its_trigger_and_evidence_from_the_lede(eventwire):
    record = extract(eventwire, ATTACK_STORY)
    attack = record.events[0]
    lede = "Al-Shabaab fighters attacked Somali troops near Kismayo on Thursday, officials said."
    assert attack.evidence.text.strip() == lede
    assert record.article.sections[0].kind == "headline"
    assert attack.trigger.start > record.article.sections[0].end


def test_definite_nouns_refer_back(eventwire):
    record = extract(eventwire, "Government troops clashed with Tuareg rebels near Kidal on Tuesday. "
                                "The fighting lasted until nightfall.")
    assert summary(record) == [("ASSAULT", "clashed")]

    record = extract(eventwire, ARREST_STORY)
    arrests = [e for e in record.events if e.type == "COERCE"]
    assert len(arrests) == 1


def test_headline_event_comes_first(eventwire):
    # The lede names the protests first, but the headline is about the arrest.
    record = extract(eventwire, ARREST_STORY)
    first = record.events[0]
    assert (first.type, first.mode, first.trigger.text) == ("COERCE", "arrest", "arrested")
    assert "PROTEST" in {e.type for e in record.events[1:]}


def test_body_events_in_text_order(eventwire):
    record = extract(eventwire, THREE_EVENTS)
    assert summary(record) == [("ASSAULT", "attacked"), ("COERCE", "arrested"), ("PROTEST", "went on strike")]


def test_main_clause_before_embedded_event(eventwire):
    record = extract(eventwire, "The rebels threatened to launch an offensive on the provincial capital.")
    assert summary(record) == [("THREATEN", "threatened"), ("ASSAULT", "offensive")]

    record = extract(eventwire, "The government rejected a call for talks with the rebels.")
    assert summary(record)[0] == ("REJECT", "rejected")


def test_background_sinks_below_news(eventwire):
    record = extract(eventwire, "In 2019, rebels attacked the town of Kaya. "
                                "On Thursday, the army deployed troops to the town.")
    assert summary(record) == [("MOBILIZE", "deployed"), ("ASSAULT", "attacked")]
    assert record.events[1].status.historical


def test_negated_event_sinks(eventwire):
    record = extract(eventwire, "Rebels attacked an army base in the north on Monday. The army did not retaliate.")
    assert [e.status.negated for e in record.events] == [False, True]


def test_confidence_is_a_probability(eventwire):
    for text in (ATTACK_STORY, ARREST_STORY, THREE_EVENTS):
        for event in extract(eventwire, text).events:
            assert 0.0 <= event.confidence <= 1.0


def test_repeated_event_is_more_confident_than_a_passing_one(eventwire):
    record = extract(eventwire, ATTACK_STORY)
    attack, meeting = record.events
    assert attack.confidence >= meeting.confidence


def test_ids_are_stable_and_distinct(eventwire):
    first = [e.id for e in extract(eventwire, THREE_EVENTS).events]
    second = [e.id for e in extract(eventwire, THREE_EVENTS).events]
    assert first == second
    assert len(set(first)) == 3
    assert all(re.fullmatch(r"ev-[0-9a-f]{16}", i) for i in first)


def test_ids_change_with_the_text(eventwire):
    one = extract(eventwire, "Gunmen attacked a bus near Jos on Monday.").events[0].id
    other = extract(eventwire, "Unknown gunmen attacked a bus near Jos on Monday.").events[0].id
    assert one != other


def test_evidence_is_the_sentence_of_the_trigger(eventwire):
    record = extract(eventwire, THREE_EVENTS)
    sentences = record.state["sentences"]
    for event in record.events:
        evidence = event.evidence
        assert (evidence.start, evidence.end) == tuple(sentences[evidence.sentence])
        assert evidence.text == record.article.text[evidence.start:evidence.end]
        assert evidence.start <= event.trigger.start < event.trigger.end <= evidence.end
    assert [e.evidence.sentence for e in record.events] == [0, 1, 2]
    assert record.events[1].evidence.text.startswith("Police arrested three protesters")


def test_count_stated_apart_goes_to_the_attack(eventwire):
    record = extract(eventwire, "Islamist fighters stormed a village in Borno state on Tuesday. Five people died.")
    attack = record.events[0]
    assert (attack.type, attack.trigger.text) == ("ASSAULT", "stormed")
    assert attack.size.dead == 5
    assert attack.fatalities == 5


@pytest.mark.parametrize(("tail", "dead", "injured", "approximate"), [
    ("Two people died and four were hurt.", 2, 4, False),
    ("At least 12 people lost their lives.", 12, None, True),
    ("The death toll rose to 15.", 15, None, False),
    ("Seven bodies were recovered.", 7, None, False),
    ("Four soldiers died and seven were injured.", 4, 7, False),
    ("There were no casualties.", 0, 0, False),
])
def test_counts_stated_apart(eventwire, tail, dead, injured, approximate):
    record = extract(eventwire, "Gunmen attacked a village in Zamfara state on Sunday. " + tail)
    (attack,) = record.events
    assert (attack.size.dead, attack.size.injured, attack.size.approximate) == (dead, injured, approximate)
    assert attack.fatalities == dead


def test_count_too_far_away_stays_apart(eventwire):
    record = extract(eventwire, "Gunmen attacked a bus near Jos on Monday. The driver was a local man. "
                                "Passengers were mostly traders. The road was busy. Traffic was heavy. "
                                "Five people died.")
    assert summary(record) == [("ASSAULT", "attacked")]
    assert record.events[0].size.dead is None


def test_count_is_not_given_to_a_meeting(eventwire):
    record = extract(eventwire, "The ministers met in Accra on Monday. Five people died.")
    assert summary(record) == [("CONSULT", "met")]
    assert record.events[0].size.dead is None


def test_no_events_in_a_text_without_any(eventwire):
    text = ("The weather in the capital was mild on Friday and markets were busy. "
            "The president said the economy would grow by four percent next year.")
    assert extract(eventwire, text).events == []


def test_no_deaths_reported_means_zero_fatalities(eventwire):
    event = extract(eventwire, "Gunmen attacked a bus on the highway near Jos, police said.").events[0]
    assert event.size.dead is None
    assert event.fatalities == 0


def test_killing_without_a_number_has_no_dead_count(eventwire):
    event = extract(eventwire, "Gunmen killed villagers in a remote district of Zamfara state.").events[0]
    assert event.type == "ASSAULT"
    assert event.size.dead is None
    assert event.fatalities == 10  # ACLED records plural deaths without a number as 10


def test_counts_in_the_event_sentence(eventwire):
    record = extract(eventwire, "Police arrested three protesters in the capital on Tuesday.")
    assert record.events[0].size.arrested == 3
    record = extract(eventwire, "Three soldiers were killed by Boko Haram fighters near Bama.")
    assert (record.events[0].size.dead, record.events[0].fatalities) == (3, 3)


def test_events_validate_against_the_model(eventwire):
    record = extract(eventwire, ATTACK_STORY)
    dumped = record.model_dump(mode="json")
    assert [e["type"] for e in dumped["events"]] == ["ASSAULT", "CONSULT"]
    assert dumped["events"][0]["quad_class"] == 4 and dumped["events"][1]["quad_class"] == 1


def test_an_ambiguous_word_is_less_certain_than_a_plain_phrase(eventwire):
    verb = extract(eventwire, "Teachers struck over unpaid salaries in Nairobi.").events[0]
    phrase = extract(eventwire, "Teachers went on strike over unpaid salaries in Nairobi.").events[0]
    assert (verb.type, phrase.type) == ("PROTEST", "PROTEST")
    assert verb.confidence < phrase.confidence


def test_min_confidence_drops_doubtful_events(eventwire):
    record = extract(eventwire, "Rebels attacked an army base in the north on Monday. Police arrested three "
                                "protesters in the capital on Tuesday. Teachers struck over pay in the south.")
    assert [e.trigger.text for e in record.events] == ["attacked", "arrested", "struck"]
    strict = EventsStage("events", min_confidence=0.8)
    assert [e.trigger.text for e in strict.find(record)] == ["attacked", "arrested"]
