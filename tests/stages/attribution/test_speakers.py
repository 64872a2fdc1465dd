"""Speakers: actors, pronouns, anonymous sources (stages/attribution/speakers.py)."""

from __future__ import annotations

import pytest

from .conftest import only


@pytest.mark.parametrize("text, description", [
    ("A source in the province said the road was cut.", "A source in the province"),
    ("Sources close to the ministry said talks had stalled.", "Sources close to the ministry"),
    ("Witnesses said the soldiers fired into the air.", "Witnesses"),
    ("An official who asked not to be named said two soldiers were killed.",
     "An official who asked not to be named"),
    ("According to residents, the market was shelled overnight.", "residents"),
])
def test_anonymous_sources_are_flagged_and_described(extract, text, description):
    speaker = only(extract(text)).speaker
    assert speaker.anonymous
    assert speaker.name is None
    assert speaker.description == description


def test_a_named_speaker_is_not_anonymous(extract):
    speaker = only(extract("Zabihullah Mujahid said the fighters had withdrawn.")).speaker
    assert not speaker.anonymous and speaker.description is None
    assert speaker.name == "Zabihullah Mujahid"


def test_pronoun_goes_to_the_last_named_speaker(extract):
    record = extract("Amrullah Saleh said the valley would hold. He said it had enough food.")
    first, second = record.quotes
    assert second.speaker.text == "He"
    assert second.speaker.name == first.speaker.name == "Amrullah Saleh"


def test_later_mentions_of_an_anonymous_source_keep_its_description(extract):
    text = ("The convoy was ambushed, a source in the army told TASS. "
            '"Four trucks were lost," the source said.')
    record = extract(text)
    assert [q.speaker.anonymous for q in record.quotes] == [True, True]
    assert {q.speaker.description for q in record.quotes} == {"a source in the army"}


def test_a_name_in_apposition_names_the_speaker(extract):
    quote = only(extract("A spokesman for the militia, Ali Ben Saad, said the fighters would "
                         "stay in the town."))
    assert quote.speaker.name == "Ali Ben Saad" and not quote.speaker.anonymous


def test_a_definite_description_goes_back_to_the_speaker_it_names(extract):
    record = extract("The Kyrgyz border service said on Monday that two guards were wounded. "
                     "The service said the firing stopped at night.", published="2024-09-18")
    first, second = record.quotes
    assert second.speaker.text == "The service"
    assert second.date == first.date == "2024-09-16"
