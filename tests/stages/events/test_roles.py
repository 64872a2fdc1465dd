"""Roles: who did it (source) and to whom (target), on hand-written sentences.

The actors stage names the participants; these tests check that the events
stage puts them on the right side of the event.
"""

from __future__ import annotations

import pytest

from eventwire.stages.events.component import sentence_spans
from eventwire.stages.events.detect import find_mentions
from eventwire.stages.events.lexicon import load_lexicon
from eventwire.stages.events.roles import arguments
from .helpers import event_on, extract


def who(event, role):
    """The participants in one role, by name (or their words when unnamed)."""
    return {a.name or a.text for a in event.actors if a.role == role}


def check(eventwire, text, trigger, sources, targets):
    event = event_on(extract(eventwire, text), trigger)
    assert who(event, "source") == sources
    assert who(event, "target") == targets
    return event


# (sentence, trigger, sources, targets)
ACTIVE = [
    ("The Turkish president telephoned the Iraqi prime minister on Sunday.", "telephoned",
     {"Government of Turkey"}, {"Government of Iraq"}),
    ("The army negotiated with the rebels for three days.", "negotiated", {"army"}, {"rebels"}),
    ("Police arrested the opposition leader in Harare on Tuesday.", "arrested",
     {"Police of Zimbabwe"}, {"opposition leader"}),
    ("Kenya asked the International Monetary Fund for emergency funding.", "asked",
     {"Government of Kenya"}, {"International Monetary Fund"}),
    ("Niger expelled the French ambassador on Thursday.", "expelled",
     {"Government of Niger"}, {"Government of France"}),
    ("The African Union suspended Gabon after the coup.", "suspended", {"African Union"}, {"Government of Gabon"}),
    ("Gunmen killed seven villagers in Zamfara state.", "killed", {"Gunmen"}, {"villagers"}),
    ("The families petitioned the court for access to the detainees.", "petitioned", {"families"}, {"court"}),
    ("Government troops clashed with Tuareg rebels near Kidal.", "clashed", {"Government troops"}, {"Tuareg rebels"}),
    ("Protesters clashed with police in the centre of Tbilisi.", "clashed", {"Protesters"}, {"Police of Georgia"}),
    ("The army accused the rebels of shelling civilian areas.", "accused", {"army"}, {"rebels"}),
    ("Demonstrators pelted police with stones in Karachi.", "pelted", {"Demonstrators"}, {"Police of Pakistan"}),
    ("Unidentified gunmen kidnapped a Catholic priest in Enugu state.", "kidnapped",
     {"Unidentified gunmen"}, {"Catholic priest"}),
    ("The court acquitted the opposition leader of all charges.", "acquitted", {"court"}, {"opposition leader"}),
]


@pytest.mark.parametrize(("text", "trigger", "sources", "targets"), ACTIVE, ids=[c[0][:40] for c in ACTIVE])
def test_active_subject_is_source_object_is_target(eventwire, text, trigger, sources, targets):
    check(eventwire, text, trigger, sources, targets)


PASSIVE = [
    ("Three soldiers were killed by Boko Haram fighters near Bama.", "killed", {"Boko Haram fighters"}, {"soldiers"}),
    ("The opposition leader was detained by police at the airport.", "detained", {"police"}, {"opposition leader"}),
    ("The president was criticised by opposition lawmakers for the delay.", "criticised",
     {"opposition lawmakers"}, {"president"}),
    # No "by": the target alone.
    ("Two journalists were arrested in Minsk on Friday.", "arrested", set(), {"journalists"}),
    ("A Somali journalist was kidnapped in Mogadishu.", "kidnapped", set(), {"Somali journalist"}),
    ("The army said 12 insurgents were killed in the operation.", "killed", set(), {"insurgents"}),
]


@pytest.mark.parametrize(("text", "trigger", "sources", "targets"), PASSIVE, ids=[c[0][:40] for c in PASSIVE])
def test_passive_agent_is_source_subject_is_target(eventwire, text, trigger, sources, targets):
    check(eventwire, text, trigger, sources, targets)


NOMINAL = [
    ("An attack by the Houthis on a Saudi border post killed four guards.", "attack",
     {"Houthis"}, {"a Saudi border post"}),
    ("Hezbollah's attack on an Israeli army outpost was repelled.", "attack",
     {"Hezbollah"}, {"an Israeli army outpost"}),
    ("Police said the attack on the Protestant church was carried out by gunmen.", "attack",
     {"gunmen"}, {"the Protestant church"}),
    ("The offensive launched by the army in Darfur has displaced thousands.", "offensive", {"army"}, set()),
    # A light verb lends its subject, a foiling verb its subject as target.
    ("Nigerian troops launched an offensive on Boko Haram camps in the Sambisa forest.", "offensive",
     {"Armed Forces of Nigeria"}, {"Boko Haram"}),
    ("Ethiopian troops launched an offensive against Fano militias in Amhara.", "offensive",
     {"Ethiopian National Defense Force"}, {"Fano"}),
    ("The police launched a crackdown on street vendors in Harare.", "crackdown",
     {"Police of Zimbabwe"}, {"street vendors"}),
    ("Resistance forces repelled a Taliban attack in the Andarab valley.", "attack",
     {"Taliban"}, {"Resistance forces"}),
]


@pytest.mark.parametrize(("text", "trigger", "sources", "targets"), NOMINAL, ids=[c[0][:40] for c in NOMINAL])
def test_nominalisations(eventwire, text, trigger, sources, targets):
    check(eventwire, text, trigger, sources, targets)


def test_possessive_actor_is_source_of_its_offensive(eventwire):
    event = event_on(extract(eventwire, "The army's offensive against the rebels stalled near Sake."), "offensive")
    (source,) = [a for a in event.actors if a.role == "source"]
    assert source.text.startswith("army") and source.sector == "MIL"
    assert who(event, "target") == {"rebels"}


COORDINATED = [
    ("The Sudanese army and the Rapid Support Forces held talks in Jeddah.", "talks",
     {"Sudanese Armed Forces", "Rapid Support Forces"}, set()),
    ("Hamas and Fatah held talks in Cairo.", "talks", {"Hamas", "Fatah"}, set()),
    ("The United States and China held talks on trade in Geneva.", "talks",
     {"Government of the United States", "Government of China"}, set()),
    ("Ukraine and Russia exchanged prisoners on Thursday.", "exchanged prisoners",
     {"Government of Ukraine", "Government of Russia"}, {"prisoners"}),
    ("Mali and Niger signed a defence agreement in Niamey on Tuesday.", "signed a defence agreement",
     {"Government of Mali", "Government of Niger"}, set()),
    # The second verb of a coordination shares the subject.
    ("Police stormed the building and arrested the hostage-takers.", "arrested", {"Police"}, set()),
]


@pytest.mark.parametrize(("text", "trigger", "sources", "targets"), COORDINATED,
                         ids=[c[0][:40] for c in COORDINATED])
def test_coordinated_actors_are_all_sources(eventwire, text, trigger, sources, targets):
    check(eventwire, text, trigger, sources, targets)


# An infinitive shares its subject with the verb it depends on.
XCOMP = [
    ("The militants tried to storm a police station in Khost.", "storm", {"militants"}, {"a police station"}),
    ("The Burkinabe army tried to retake the town of Djibo.", "retake", {"Armed Forces of Burkina Faso"}, set()),
    ("ISWAP fighters attempted to overrun the military base at Marte.", "overrun",
     {"ISWAP fighters"}, {"the military base"}),
    ("The two intelligence services agreed to share intelligence on militant networks.", "share intelligence",
     {"intelligence services"}, set()),
    ("The Chadian government plans to withdraw its troops from Niger.", "withdraw",
     {"Government of Chad"}, {"troops"}),
]


@pytest.mark.parametrize(("text", "trigger", "sources", "targets"), XCOMP, ids=[c[0][:40] for c in XCOMP])
def test_infinitive_borrows_the_subject(eventwire, text, trigger, sources, targets):
    check(eventwire, text, trigger, sources, targets)


# Relative clauses: the agent of a passive relative clause, and a participle's agent.
@pytest.mark.parametrize(("text", "trigger", "sources"), [
    ("Soldiers guarded the checkpoint that was attacked by Taliban fighters.", "attacked", {"Taliban"}),
    ("Protesters who were arrested by police on Friday were released on bail.", "arrested", {"police"}),
    ("The offensive launched by the army in Darfur has displaced thousands.", "offensive", {"army"}),
])
def test_relative_clause_agent_is_source(eventwire, text, trigger, sources):
    assert who(event_on(extract(eventwire, text), trigger), "source") == sources


def test_gerund_after_accuse_takes_the_accused_as_source(eventwire):
    record = extract(eventwire, "The army accused the rebels of shelling civilian areas.")
    assert who(event_on(record, "shelling"), "source") == {"rebels"}


# "its outpost", "their base": the owner is whom the clause is about.
@pytest.mark.parametrize(("text", "trigger", "owner"), [
    ("The Malian army said it had repelled an assault on its outpost at Boulkessi.", "assault",
     "Armed Forces of Mali"),
    ("Malian soldiers repelled an attack on their base in Tessit.", "attack", "Armed Forces of Mali"),
    ("Congolese troops repelled an attack on their outpost near Beni.", "attack",
     "Armed Forces of the Democratic Republic of the Congo"),
])
def test_possessive_pronoun_owner_is_the_target(eventwire, text, trigger, owner):
    event = event_on(extract(eventwire, text), trigger)
    assert who(event, "target") == {owner}
    assert event.status.attempted


# Attacks on people and places no actor names: civilians or armed men by the noun.
@pytest.mark.parametrize(("text", "trigger", "target", "sector"), [
    ("Gunmen attacked a bus on the highway near Jos, police said.", "attacked", "a bus", "CVL"),
    ("Al-Shabaab fighters attacked a military base near Mogadishu on Sunday.", "attacked", "a military base", "MIL"),
    ("ISWAP militants ambushed a patrol near Maiduguri.", "ambushed", "a patrol", "MIL"),
    ("Islamist fighters stormed a village in Borno state on Tuesday.", "stormed", "a village", "CVL"),
    ("Villagers beat a man accused of witchcraft in Malawi.", "beat", "a man", "CVL"),
])
def test_unnamed_victims(eventwire, text, trigger, target, sector):
    event = event_on(extract(eventwire, text), trigger)
    (victim,) = [a for a in event.actors if a.role == "target"]
    assert (victim.text, victim.sector) == (target, sector)


def test_actor_offsets_point_into_the_text(eventwire):
    record = extract(eventwire, "Three soldiers were killed by Boko Haram fighters near Bama.")
    for actor in event_on(record, "killed").actors:
        assert record.article.text[actor.start:actor.end] == actor.text


def test_speaker_is_no_participant(eventwire):
    record = extract(eventwire, "Gunmen attacked a bus on the highway near Jos, police said.")
    assert "police" not in {(a.name or a.text).lower() for e in record.events for a in e.actors}


@pytest.mark.parametrize(("text", "trigger", "sources", "targets"), [
    ("Three soldiers were killed by Boko Haram fighters near Bama.", "killed", ["fighters"], ["soldiers"]),
    ("Hezbollah's attack on an Israeli army outpost was repelled.", "attack", ["Hezbollah"], ["outpost"]),
    ("Hamas and Fatah held talks in Cairo.", "talks", ["Hamas", "Fatah"], []),
    ("The militants tried to storm a police station in Khost.", "storm", ["militants"], ["station"]),
])
def test_argument_tokens_from_the_parse(eventwire, text, trigger, sources, targets):
    record = extract(eventwire, text)
    (sent,) = sentence_spans(record.state["doc"], record.state["sentences"])
    (mention,) = [m for m in find_mentions(sent, load_lexicon()) if m.trigger.text == trigger]
    args = arguments(mention)
    assert [t.text for t in args.sources] == sources
    assert [t.text for t in args.targets] == targets
