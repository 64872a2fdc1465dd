"""Reported speech from the parse (stages/attribution/reported.py)."""

from __future__ import annotations

import pytest

from .conftest import only


def test_said_that(extract):
    quote = only(extract("The governor said that the bridge had been destroyed."))
    assert (quote.speaker.text, quote.cue.text) == ("The governor", "said")
    assert quote.content.text == "that the bridge had been destroyed"
    assert not quote.direct


def test_told_an_outlet_on_a_weekday(extract):
    record = extract("Fahad Noori, a district elder, told Reuters on Thursday that the "
                     "school had been closed.", published="2021-08-30")
    quote = only(record)
    assert quote.speaker.name == "Fahad Noori"
    assert quote.content.text == "that the school had been closed"
    assert quote.date == "2021-08-26"
    assert quote.via == "Reuters"


def test_trailing_cue_after_the_claim(extract):
    record = extract("Fighting resumed near the airport, a source in the province told "
                     "Reuters over the phone.")
    quote = only(record)
    assert quote.content.text == "Fighting resumed near the airport"
    assert quote.speaker.text == "a source in the province"
    assert quote.channel == "over the phone"


def test_according_to_before_and_after(extract):
    front = only(extract("According to the police, two people were detained."))
    assert (front.cue.text, front.speaker.text) == ("According to", "the police")
    assert front.content.text == "two people were detained"
    back = only(extract("Two people were detained, according to the police."))
    assert back.content.text == "Two people were detained"


def test_cue_in_the_middle(extract):
    quote = only(extract("The strikes, the minister said, will go on until the rebels leave."))
    assert quote.speaker.text == "the minister"
    assert quote.content.start == 0 and quote.content.text.endswith("rebels leave")


def test_continuation_keeps_the_speaker(extract):
    record = extract('John Smith, the mayor of the town, said on Wednesday that the bridge '
                     'had been destroyed. "We lost everything," he added.',
                     published="2021-08-26")
    said, added = record.quotes
    assert added.cue.text == "added" and added.direct
    assert said.speaker.name == added.speaker.name == "John Smith"
    assert said.date == added.date == "2021-08-25"


def test_called_for(extract):
    quote = only(extract("The opposition called for an inquiry into the shooting."))
    assert quote.cue.text == "called"
    assert quote.content.text == "an inquiry into the shooting"


def test_a_question_to_the_reader_is_no_claim(extract):
    assert extract("Do you think the ceasefire will hold?").quotes == []


def test_present_tense_statement_dates_from_publication(extract):
    quote = only(extract("The ministry says the rebels shelled the market.",
                         published="2021-08-26"))
    assert quote.date == "2021-08-26"


def test_past_statement_without_a_day_has_no_date(extract):
    quote = only(extract("The ministry said the rebels shelled the market.",
                         published="2021-08-26"))
    assert quote.date is None


def test_channel_in_a_statement(extract):
    quote = only(extract("The army said in a statement that it had repelled the attack."))
    assert quote.channel == "in a statement"


def test_headline_with_its_source(extract):
    text = ("Rebels seize border post - sources\n\n"
            "KABUL, May 3 (Reuters) - Rebels seized a border post on Monday, sources said.")
    record = extract(text)
    headline = next(q for q in record.quotes if q.content.text == "Rebels seize border post")
    assert headline.speaker.text == "sources" and headline.speaker.anonymous
    assert headline.cue is None


def test_the_main_clause_after_a_subordinate_cue_is_no_claim(extract):
    record = extract("After the government announced the end of the curfew, protesters "
                     "returned to the square.")
    for quote in record.quotes:
        assert "returned" not in quote.content.text


def test_stance_verb_without_a_clause(extract):
    quote = only(extract("The senator blasted him for ignoring the warnings."))
    assert quote.cue.text == "blasted"
    assert quote.content.text == "him for ignoring the warnings"


def test_quoted_as_saying_names_the_source_and_the_outlet(extract):
    quote = only(extract("Interfax quoted a military source as saying that the drones were "
                         "shot down over the border.", source="TASS"))
    assert quote.speaker.text == "a military source" and quote.speaker.anonymous
    assert quote.via == "Interfax"


def test_adding_that_is_a_claim_of_its_own(extract):
    record = extract("Ukraine's military said Russian forces shelled the town overnight, "
                     "adding that two civilians were killed.")
    said, added = record.quotes
    assert said.content.text == "Russian forces shelled the town overnight"
    assert added.cue.text == "adding" and added.content.text == "that two civilians were killed"
    assert added.speaker.name == said.speaker.name


def test_outlet_told_is_the_via_and_channel_leaves_out_the_day(extract):
    record = extract("The defence ministry told the BBC in a statement on Tuesday that its "
                     "forces had destroyed two depots.", published="2022-03-02", source="TASS")
    quote = only(record)
    assert quote.via == "BBC"
    assert quote.channel == "in a statement"
    assert quote.date == "2022-03-01"


@pytest.mark.parametrize("text", [
    "No group immediately claimed responsibility for the bombing.",
    "Neither side commented on the incident at the crossing.",
    "Police seized weapons and documents written in code during the raid.",
])
def test_no_claim_without_a_claimant(extract, text):
    assert extract(text).quotes == []
