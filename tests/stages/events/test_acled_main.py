"""The ACLED type of an article's main event (the first with an ACLED type,
as `--format acled` writes it): merged mentions, tolls and crowds."""

from __future__ import annotations

import pytest

from .helpers import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, STRATEGIC, VAC, extract


def main_acled(eventwire, text):
    """(event type, sub-event type) of the first event with an ACLED type."""
    event = next((e for e in extract(eventwire, text).events if e.acled.event_type), None)
    assert event is not None, "no event with an ACLED type"
    return event.acled.event_type, event.acled.sub_event_type


# A toll ("were killed") merged with the fight or attack it reports takes
# that event's type, judged with everyone named.
TOLLS = [
    ("Four people were killed in fighting between the army and the rebels near the river.", BATTLES),
    ("Two people died and ten were hurt in clashes between rival party supporters.", RIOTS),
    ("Three farmers were killed during a raid by the rebels on their village.", VAC),
    ("Several miners were injured in clashes with security guards during a riot at the mine.", RIOTS),
    # A place in the toll's clause is not ground taken.
    ("Fighting broke out between the army and the rebels. Two were killed in the northern district.",
     BATTLES),
]


@pytest.mark.parametrize(("text", "expected"), TOLLS, ids=[t[0][:48] for t in TOLLS])
def test_toll_takes_the_type_of_its_fight(eventwire, text, expected):
    assert main_acled(eventwire, text)[0] == expected


# Fighting between sides is a battle whatever the weapons; a mine may be a pit.
@pytest.mark.parametrize(("text", "expected"), [
    ("Soldiers clashed with rebels using mortars and rockets near the border.", (BATTLES, "Armed clash")),
    ("Government troops fought militants with artillery outside the town.", (BATTLES, "Armed clash")),
    ("A land mine exploded under a minibus on the road to the market.",
     (EXPLOSIONS, "Remote explosive/landmine/IED")),
])
def test_weapons_and_fights(eventwire, text, expected):
    assert main_acled(eventwire, text) == expected


# Victims the actors stage does not name: their noun says whether they bore arms.
@pytest.mark.parametrize(("text", "expected"), [
    ("A police sergeant was killed when gunmen opened fire on his patrol car.", BATTLES),
    ("Twelve armed Islamists were killed near the border on Sunday.", BATTLES),
    ("Unidentified gunmen killed an intelligence officer in the capital.", BATTLES),
    ("Gunmen killed a village chief and his wife at their home.", VAC),
    ("Gunmen killed two farmers in the village.", VAC),
])
def test_armed_victims_make_a_battle(eventwire, text, expected):
    assert main_acled(eventwire, text)[0] == expected


# Crowds: blocking roads or carrying blades is a violent demonstration;
# breaking up a crowd is a protest met with force; soldiers marching are no protest.
@pytest.mark.parametrize(("text", "expected"), [
    ("Traders protested in the market town and blocked the main highway for hours.",
     (RIOTS, "Violent demonstration")),
    ("Hundreds of youths armed with machetes demonstrated outside the district office.",
     (RIOTS, "Violent demonstration")),
    ("Teachers took to the streets of the capital to demand their unpaid wages.", (PROTESTS, "Peaceful protest")),
    ("Police dispersed a sit-in by nurses outside the health ministry.", (PROTESTS, "Protest with intervention")),
    ("Riot police fired tear gas to disperse students who had burned tyres on the campus road.",
     (RIOTS, "Violent demonstration")),
    ("Soldiers marched into the district and beat residents with sticks.", (VAC, "Attack")),
])
def test_crowds(eventwire, text, expected):
    assert main_acled(eventwire, text) == expected


# Words that report violence only with the right subject or object.
@pytest.mark.parametrize(("text", "expected"), [
    ("Unidentified armed men looted the offices of an aid agency in the town.",
     (STRATEGIC, "Looting/property destruction")),
    ("Angry youths looted shops in the market after the match.", (RIOTS, "Violent demonstration")),
    ("Protesters gathered in the main square to denounce rising fuel prices.", (PROTESTS, "Peaceful protest")),
    ("Rioters tore down campaign posters in the township.", (RIOTS, "Violent demonstration")),
    ("An unknown man hurled a grenade at a police post in the city.", (EXPLOSIONS, "Remote explosive/landmine/IED")),
    ("A minibus hit a land mine near the border, killing four passengers.",
     (EXPLOSIONS, "Remote explosive/landmine/IED")),
    ("A rocket landed near the hospital on Monday night.", (EXPLOSIONS, "Shelling/artillery/missile attack")),
])
def test_weak_words_with_telling_arguments(eventwire, text, expected):
    assert main_acled(eventwire, text) == expected


def test_a_landed_helicopter_is_no_attack(eventwire):
    assert not [e for e in extract(eventwire, "The helicopter landed at the base on Monday.").events
                if e.acled.event_type]


# Fights between herders and farmers are battles between communal militias;
# an attack told as a fight ("in the clashes") is one.
@pytest.mark.parametrize(("text", "expected"), [
    ("Nine people died when herdsmen clashed with farmers over grazing land.", BATTLES),
    ("Police attacked pastoralists in the district. Ten people were killed on both sides in the clashes.",
     BATTLES),
    ("Two people were killed in clashes between rival supporters after the vote.", RIOTS),
    ("Gunmen shot two farmers in the valley. The attack followed months of hostilities over land.", VAC),
])
def test_communal_fights(eventwire, text, expected):
    assert main_acled(eventwire, text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Rebels and militias raid to attack; police raid to search.
    ("Rebels raided a village in the hills, killing two women.", (VAC, "Attack")),
    ("Police raided a warehouse and seized stolen goods.", (STRATEGIC, "Looting/property destruction")),
    # A convoy carries whoever is named in it.
    ("Militants attacked a convoy of aid workers on the road north.", (VAC, "Attack")),
    ("Militants attacked an army convoy on the road north.", (BATTLES, "Armed clash")),
    # Ground taken stays a battle whatever else is named.
    ("Government fighters overran a bomb factory held by the insurgents.", (BATTLES, None)),
    # Burning property is the lesser event beside a killing.
    ("Two trucks were burned and six soldiers were killed in an ambush by the insurgents.",
     (BATTLES, "Armed clash")),
    # A crowd's violence told in the next sentence.
    ("Residents protested near the bridge over the water cuts. Some of them threw stones at passing cars.",
     (RIOTS, "Violent demonstration")),
])
def test_raids_convoys_and_escalation(eventwire, text, expected):
    event_type, sub = main_acled(eventwire, text)
    assert (event_type, sub if expected[1] else None) == expected


def test_a_toll_is_not_given_to_a_bomb_that_failed(eventwire):
    text = ("Police traded fire with armed robbers near the market. A suspect threw a grenade at the officers "
            "but it did not explode. Two suspects were shot dead.")
    events = extract(eventwire, text).events
    failed = next(e for e in events if e.trigger.text == "explode")
    assert failed.status.negated
    assert failed.size.dead is None


@pytest.mark.parametrize(("text", "expected"), [
    # What a protest is against is not what the protesters did.
    ("Residents protested against insecurity and looting in the northern town.", PROTESTS),
    ("Activists waved flags and placards outside the broadcaster's offices.", PROTESTS),
])
def test_protest_grievances_are_not_violence(eventwire, text, expected):
    assert main_acled(eventwire, text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two civilians were killed in crossfire between the army and the rebels.", (BATTLES, "Armed clash")),
    ("Clashes between two communities over a water point left ten dead.", (BATTLES, "Armed clash")),
    ("Soldiers raped several women in the village.", (VAC, "Sexual violence")),
    ("Police used live ammunition against protesters in the capital, killing two.",
     (PROTESTS, "Excessive force against protesters")),
    ("Vigilantes beat a suspected thief to death in the market.", (VAC, "Attack")),
    ("Villagers killed a suspected witch in the district.", (RIOTS, "Mob violence")),
])
def test_more_violence(eventwire, text, expected):
    assert main_acled(eventwire, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A mob burned a suspected thief to death in the market.", (RIOTS, "Mob violence")),
    ("Unidentified assailants hacked three people to death with machetes.", (VAC, "Attack")),
    ("Angry youths stoned a police vehicle on the main road.", (RIOTS, "Violent demonstration")),
    ("The rebel group established a new base near the border.", (STRATEGIC, "Headquarters or base established")),
])
def test_to_death_stones_and_bases(eventwire, text, expected):
    assert main_acled(eventwire, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A toll classed as the crowd event its "when" clause tells.
    ("At least five people were injured when police fired tear gas to disperse protesters who had "
     "blocked the main road.", (RIOTS, "Violent demonstration")),
    # Coordinated verbs share their object.
    ("Police officers beat and arrested journalists covering the trial.", (VAC, "Attack")),
    # Force against a crowd of demonstrators, or against rioters.
    ("Security forces opened fire on a crowd of demonstrators, killing four.",
     (PROTESTS, "Excessive force against protesters")),
    ("Three people died when police opened fire on stone-throwing rioters.", (RIOTS, "Violent demonstration")),
])
def test_force_against_crowds(eventwire, text, expected):
    assert main_acled(eventwire, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Clashes with police alone are street fights; soldiers or rebels make a battle.
    ("Residents of the village clashed with police over a land dispute.", (RIOTS, "Violent demonstration")),
    ("Clashes broke out in the market between police and street traders.", (RIOTS, "Violent demonstration")),
    # Arrests at a demonstration are the demonstration, met with intervention.
    ("Security forces arrested 40 people during a protest against rising prices.",
     (PROTESTS, "Protest with intervention")),
    # Armed places: a police station, an army truck.
    ("Militants overran a police station and seized weapons.", (BATTLES, "Armed clash")),
    ("Gunmen ambushed an army truck on the highway.", (BATTLES, "Armed clash")),
])
def test_police_arrests_and_armed_places(eventwire, text, expected):
    assert main_acled(eventwire, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Al Shabaab killed a former soldier in the town.", (VAC, "Attack")),
    ("Soldiers shot dead a motorcyclist who refused to stop.", (VAC, "Attack")),
    ("Police tortured a suspect in custody, rights groups said.", (VAC, "Attack")),
    # Arrests give way to the violence that came with them.
    ("Government soldiers arrested and beat ten civilians in the market.", (VAC, "Attack")),
    ("Police arrested twelve suspects after the riot in the township.", (STRATEGIC, "Arrests")),
])
def test_civilian_victims_and_lesser_arrests(eventwire, text, expected):
    assert main_acled(eventwire, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Taking ground: a place as the object of capturing, taking, recapturing.
    ("Rebels captured the town of Kamina on Sunday.", (BATTLES, "Non-state actor overtakes territory")),
    ("The army recaptured Marte from the insurgents.", (BATTLES, "Government regains territory")),
    ("Government forces took the village after heavy fighting.", (BATTLES, "Government regains territory")),
    ("The army dislodged the militants from the town of Gwoza.", (BATTLES, "Government regains territory")),
    # People captured are abducted.
    ("Gunmen captured two aid workers on the road.", (VAC, "Abduction/forced disappearance")),
])
def test_taking_ground(eventwire, text, expected):
    assert main_acled(eventwire, text) == expected


@pytest.mark.parametrize("text", [
    "He took the bus to the town.",
    "The minister was cleared of all charges.",
])
def test_common_verbs_take_no_ground(eventwire, text):
    assert not [e for e in extract(eventwire, text).events if e.acled.event_type]


def test_a_security_official_is_armed(eventwire):
    assert main_acled(eventwire, "Al Shabaab killed a security official in the town on Monday.")[0] == BATTLES


@pytest.mark.parametrize(("text", "expected"), [
    ("Security forces violently dispersed a peaceful sit-in, injuring several protesters.", PROTESTS),
    ("The militia handed over the town to the army without a fight.", STRATEGIC),
    ("Hundreds of fighters of the militia surrendered to the army.", STRATEGIC),
    ("Security forces defused a bomb planted near a school.", STRATEGIC),
    ("A soldier died while trying to defuse a bomb planted near the camp.", EXPLOSIONS),
])
def test_dispersal_handover_surrender_and_defusing(eventwire, text, expected):
    assert main_acled(eventwire, text)[0] == expected


def test_handing_over_goods_in_a_town_is_aid(eventwire):
    event = extract(eventwire, "Doctors handed over medicine to the Red Crescent in the town.").events[0]
    assert event.type == "AID"


def test_an_event_that_did_not_happen_has_no_acled_type(eventwire):
    events = extract(eventwire, "No clashes were reported in the town on Sunday.").events
    assert events and all(e.status.negated and e.acled.event_type is None for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Militiamen attacked FARDC positions in the territory.", (BATTLES, "Armed clash")),
    ("Police killed a suspected member of the armed opposition in the capital.", (BATTLES, "Armed clash")),
    # Ground taken after the other side left, with no fighting told.
    ("Al Shabaab fighters took over the town after AMISOM troops withdrew.",
     (STRATEGIC, "Non-violent transfer of territory")),
    ("Al Shabaab fighters took over the town after heavy fighting with AMISOM troops.",
     (BATTLES, "Non-state actor overtakes territory")),
])
def test_positions_members_and_uncontested_ground(eventwire, text, expected):
    assert main_acled(eventwire, text) == expected


def test_gunfire_keeps_its_own_weapons(eventwire):
    text = "Militants ambushed a patrol near the camp where a bomb had exploded the week before."
    event = next(e for e in extract(eventwire, text).events if e.trigger.text == "ambushed")
    assert (event.acled.event_type, event.mode) == (BATTLES, "firearms")


def test_an_acled_type_read_from_the_text_raises_confidence(eventwire):
    from eventwire.model import AcledType
    from eventwire.stages.events.component import find_drafts
    from eventwire.stages.events.lexicon import load_lexicon
    from eventwire.stages.events.salience import confidence

    record = extract(eventwire, "Gunmen killed seven villagers in the town.")
    draft = find_drafts(record, load_lexicon())[0][0]
    assert not draft.doubt and draft.acled.event_type == VAC
    typed = confidence(draft)
    draft.acled = AcledType()
    assert typed > confidence(draft)


@pytest.mark.parametrize(("text", "expected"), [
    ("Workers at the mine downed tools over unpaid wages.", PROTESTS),
    ("Riot in the market after a trader was killed by police.", RIOTS),
    ("Youths went on the rampage, looting shops.", RIOTS),
])
def test_strikes_rampages_and_headline_nouns(eventwire, text, expected):
    assert main_acled(eventwire, text)[0] == expected


def test_members_of_a_vigilante_group_are_armed(eventwire):
    assert main_acled(eventwire, "Gunmen killed two members of a vigilante group in the town.")[0] == BATTLES


def test_an_army_with_a_contested_code_regains_ground(eventwire):
    text = "The Libyan National Army recaptured the district of Ganfouda from the militants."
    assert main_acled(eventwire, text) == (BATTLES, "Government regains territory")


def test_occupying_a_building_takes_it(eventwire):
    text = "Rebel elements moved into the area and occupied a telecom building."
    assert main_acled(eventwire, text) == (STRATEGIC, "Non-violent transfer of territory")


def test_a_bomb_that_exploded_outranks_the_arrests_after_it(eventwire):
    text = "A bomb exploded at a bus station, killing three people. Police arrested two suspects."
    assert main_acled(eventwire, text)[0] == EXPLOSIONS


@pytest.mark.parametrize(("text", "expected"), [
    # A victim told after an attack whose target was unknown decides its type.
    ("Al Shabaab militants attacked the town of Bardera on Monday. Two soldiers were killed.", BATTLES),
    # A place hit in a shootout is no side of it.
    ("Police were in a shootout with armed robbers near a mosque. A suspect threw a grenade that did not "
     "explode. Two suspects were shot dead.", BATTLES),
])
def test_victims_told_later_and_places_in_fights(eventwire, text, expected):
    assert main_acled(eventwire, text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Soldiers beat him at a checkpoint on the road.", VAC),
    ("Police shot him dead in the market.", VAC),
    ("Gunmen opened fire at a checkpoint.", BATTLES),
])
def test_a_pronoun_victim_and_a_place_after_at(eventwire, text, expected):
    assert main_acled(eventwire, text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The militia set up checkpoints on the main road.", (STRATEGIC, "Other")),
    ("Protesters set up roadblocks on the highway.", (RIOTS, "Violent demonstration")),
    ("The army recovered a cache of arms in the forest.", (STRATEGIC, "Disrupted weapons use")),
    ("Police seized weapons and ammunition from a militia hideout.", (STRATEGIC, "Disrupted weapons use")),
    ("Gunmen looted a health centre in the village.", (STRATEGIC, "Looting/property destruction")),
])
def test_checkpoints_roadblocks_and_weapons_seized(eventwire, text, expected):
    assert main_acled(eventwire, text) == expected


# Headline copy in the bare present ("Militia attack ...") read as verbs.
@pytest.mark.parametrize(("text", "expected"), [
    ("Militia attack Tur over two days, killing five.", (VAC, "Attack")),
    ("Party cadres attack musicians hired by rivals to play at rallies.", (VAC, "Attack")),
    ("Army bomb Kalata. Three herders died.", (EXPLOSIONS, "Remote explosive/landmine/IED")),
    ("Military forces clear three villages of insurgents on 3 May.", (BATTLES, "Government regains territory")),
])
def test_headline_verbs(eventwire, text, expected):
    assert main_acled(eventwire, text) == expected


# Changing sides is a strategic development; weapons taken are not people
# taken; a camp dismantled is ground taken back.
@pytest.mark.parametrize(("text", "expected"), [
    ("Two hundred members of the opposition defect to the ruling party in the north.",
     (STRATEGIC, "Other")),
    ("A rebel commander and his men defected to the government side last week.", (STRATEGIC, "Other")),
    ("Troops captured weapons and ammunition after the rebels fled the area.",
     (STRATEGIC, "Disrupted weapons use")),
    ("The army dismantled two rebel camps in the forest near the border.",
     (BATTLES, "Government regains territory")),
])
def test_defection_weapons_and_camps(eventwire, text, expected):
    assert main_acled(eventwire, text) == expected


# An event named as the occasion of another is its background.
@pytest.mark.parametrize(("text", "expected"), [
    ("The government extended the curfew by two weeks following a wave of attacks on police posts.",
     (STRATEGIC, "Other")),
    ("Hundreds of students marched in the capital after the killing of a classmate by police.",
     (PROTESTS, "Peaceful protest")),
    ("In the wake of the bombing, police arrested twelve suspects in the city.",
     (STRATEGIC, "Arrests")),
])
def test_the_occasion_of_an_event_is_background(eventwire, text, expected):
    assert main_acled(eventwire, text) == expected


def test_people_belonging_to_an_armed_group_are_armed(eventwire):
    text = "Gunmen wounded four men belonging to a vigilante group in the village."
    assert main_acled(eventwire, text)[0] == BATTLES


@pytest.mark.parametrize(("text", "expected"), [
    ("Soldiers skirmished with rebels near the river.", (BATTLES, "Armed clash")),
    ("The army said its troops neutralised five terrorists in the forest.", (BATTLES, "Armed clash")),
    ("Gunmen mutilated two farmers in their fields.", (VAC, "Attack")),
])
def test_skirmishes_neutralising_and_mutilation(eventwire, text, expected):
    assert main_acled(eventwire, text) == expected


def test_deaths_in_police_firing_are_the_polices(eventwire):
    # "firing" is tagged as a verb; as the object of "in" it is the event noun.
    event = extract(eventwire, "Two protesters died in police firing on Friday.").events[0]
    assert (event.type, event.trigger.text, event.size.dead) == ("ASSAULT", "firing", 2)
    assert [(a.role, a.text) for a in event.actors] == [("source", "police"), ("target", "protesters")]


@pytest.mark.parametrize("text", [
    "Police raided the offices of an opposition newspaper in the capital.",
    "The army raided the village on Tuesday.",
])
def test_a_raid_or_search_takes_no_ground(eventwire, text):
    assert main_acled(eventwire, text) == (STRATEGIC, "Other")


def test_a_raid_that_kills_is_an_attack(eventwire):
    text = "Soldiers raided the rebel camp, killing three fighters."
    assert main_acled(eventwire, text) == (BATTLES, "Armed clash")
