"""ACLED event types, CAMEO roots and PLOVER quad classes: through the
pipeline on hand-written sentences, and the classifier's rules on events
built by hand."""

from __future__ import annotations

import pytest

from eventwire.model import AcledType, Actor
from eventwire.stages.events.classify import acled_type, cameo_root, choose_sense
from eventwire.stages.events.lexicon import Sense
from .helpers import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, STRATEGIC, VAC, event_on, extract


# (sentence, trigger, ACLED event type, sub-event type)
ACLED = [
    # Armed actors on each other: battles.
    ("Government troops clashed with Tuareg rebels near Kidal.", "clashed", BATTLES, "Armed clash"),
    ("Al-Shabaab fighters attacked a military base near Mogadishu on Sunday.", "attacked", BATTLES, "Armed clash"),
    ("Three soldiers were killed by Boko Haram fighters near Bama.", "killed", BATTLES, "Armed clash"),
    ("ISWAP militants ambushed a patrol near Maiduguri.", "ambushed", BATTLES, "Armed clash"),
    ("Ethiopian troops launched an offensive against Fano militias in Amhara.", "offensive", BATTLES, "Armed clash"),
    # Taking ground.
    ("Government forces regained control of the city of Marawi.", "regained control",
     BATTLES, "Government regains territory"),
    ("The Burkinabe army tried to retake the town of Djibo.", "retake", BATTLES, "Government regains territory"),
    ("The rebels seized control of the border town of Kiwanja.", "seized control",
     BATTLES, "Non-state actor overtakes territory"),
    ("Islamist militants took over the town of Mocimboa da Praia.", "took",
     BATTLES, "Non-state actor overtakes territory"),
    ("ISWAP fighters attempted to overrun the military base at Marte.", "overrun",
     BATTLES, "Non-state actor overtakes territory"),
    # Armed actors on unarmed people.
    ("Gunmen killed seven villagers in Zamfara state.", "killed", VAC, "Attack"),
    ("Gunmen attacked a bus on the highway near Jos, police said.", "attacked", VAC, "Attack"),
    ("Unknown assailants assassinated the mayor of a town in Michoacan.", "assassinated", VAC, "Attack"),
    ("Unidentified gunmen kidnapped a Catholic priest in Enugu state.", "kidnapped",
     VAC, "Abduction/forced disappearance"),
    ("Armed men abducted 30 students from a school in Kaduna.", "abducted", VAC, "Abduction/forced disappearance"),
    ("A Somali journalist was kidnapped in Mogadishu.", "kidnapped", VAC, "Abduction/forced disappearance"),
    # Explosions and remote violence, by weapon.
    ("Russian forces shelled residential areas of Kharkiv overnight.", "shelled",
     EXPLOSIONS, "Shelling/artillery/missile attack"),
    ("Rebel fighters shelled a government base near Kidal.", "shelled",
     EXPLOSIONS, "Shelling/artillery/missile attack"),
    ("Militants fired rockets at a military base in Kirkuk.", "fired", EXPLOSIONS, "Shelling/artillery/missile attack"),
    ("Artillery fire hit a school in Khartoum.", "fire", EXPLOSIONS, "Shelling/artillery/missile attack"),
    ("An Israeli air strike hit a house in Rafah.", "strike", EXPLOSIONS, "Air/drone strike"),
    ("A drone strike killed a senior al-Qaeda commander in Yemen.", "strike", EXPLOSIONS, "Air/drone strike"),
    ("Government warplanes struck rebel positions near Idlib.", "struck", EXPLOSIONS, "Air/drone strike"),
    ("A roadside bomb exploded near a police convoy in Balochistan.", "bomb",
     EXPLOSIONS, "Remote explosive/landmine/IED"),
    ("A landmine killed three herders in Tillaberi.", "landmine", EXPLOSIONS, "Remote explosive/landmine/IED"),
    ("A car bomb exploded outside a hotel in Mogadishu.", "bomb", EXPLOSIONS, "Remote explosive/landmine/IED"),
    ("Insurgents carried out a suicide bombing at a market in Mogadishu.", "bombing", EXPLOSIONS, "Suicide bomb"),
    ("A suicide bomber struck a mosque in Peshawar.", "struck", EXPLOSIONS, "Suicide bomb"),
    # Riots: crowds that turn violent.
    ("Protesters clashed with police in the centre of Tbilisi.", "clashed", RIOTS, "Violent demonstration"),
    ("Rioters attacked police officers with stones in Dakar.", "attacked", RIOTS, "Violent demonstration"),
    ("Demonstrators pelted police with stones in Karachi.", "pelted", RIOTS, "Violent demonstration"),
    ("Residents rioted after the death of a teenager in police custody.", "rioted", RIOTS, "Violent demonstration"),
    ("Angry youths torched police vehicles and looted shops in Lubumbashi.", "torched", RIOTS, "Violent demonstration"),
    ("Rioters set fire to shops in the market district of Nairobi.", "set fire", RIOTS, "Violent demonstration"),
    # Protests: peaceful, or met with force.
    ("Thousands of students protested against tuition fees in Santiago.", "protested", PROTESTS, "Peaceful protest"),
    ("Students protested outside the university in Dhaka.", "protested", PROTESTS, "Peaceful protest"),
    ("Hundreds of teachers went on strike in Lagos on Monday.", "went on strike", PROTESTS, "Peaceful protest"),
    ("Protesters rallied outside parliament in Tbilisi.", "rallied", PROTESTS, "Peaceful protest"),
    ("Supporters of the jailed leader held a vigil outside the prison.", "vigil", PROTESTS, "Peaceful protest"),
    ("Soldiers opened fire on demonstrators outside the palace.", "opened fire",
     PROTESTS, "Excessive force against protesters"),
    ("Police fired live rounds at protesters in Khartoum.", "fired", PROTESTS, "Excessive force against protesters"),
    ("Security forces beat protesters with batons in Harare.", "beat", PROTESTS, "Excessive force against protesters"),
    # Arrests and other strategic developments.
    ("Police arrested the opposition leader in Harare on Tuesday.", "arrested", STRATEGIC, "Arrests"),
    ("Security forces detained dozens of protesters in Kampala.", "detained", STRATEGIC, "Arrests"),
    ("Two journalists were arrested in Minsk on Friday.", "arrested", STRATEGIC, "Arrests"),
    ("Soldiers arrested 15 suspected gang members in San Salvador.", "arrested", STRATEGIC, "Arrests"),
    ("Russia deployed additional troops to the border with Finland.", "deployed", STRATEGIC, "Other"),
    ("The government imposed a curfew in the northern city of Kano.", "imposed a curfew", STRATEGIC, "Other"),
    ("Russian troops withdrew from the village after heavy losses.", "withdrew",
     STRATEGIC, "Non-violent transfer of territory"),
    # Agreements.
    ("Rebel commanders agreed to a ceasefire in the eastern provinces.", "ceasefire", STRATEGIC, "Agreement"),
    ("The rebels declared a unilateral ceasefire.", "declared a unilateral ceasefire", STRATEGIC, "Agreement"),
    ("The two sides agreed to a cessation of hostilities.", "cessation", STRATEGIC, "Agreement"),
]


@pytest.mark.parametrize(("text", "trigger", "event_type", "sub_event_type"), ACLED,
                         ids=[c[0][:48] for c in ACLED])
def test_acled_type(eventwire, text, trigger, event_type, sub_event_type):
    acled = event_on(extract(eventwire, text), trigger).acled
    assert (acled.event_type, acled.sub_event_type) == (event_type, sub_event_type)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Kenyan president met his Ugandan counterpart in Kampala.", "met"),
    ("The United Nations called for an immediate ceasefire in Gaza.", "called"),
    ("The army accused the rebels of shelling civilian areas.", "accused"),
    ("The European Union imposed sanctions on three Belarusian officials.", "imposed sanctions"),
    ("Japan donated ten ambulances to the Nepalese health ministry.", "donated"),
])
def test_talk_and_diplomacy_have_no_acled_type(eventwire, text, trigger):
    assert event_on(extract(eventwire, text), trigger).acled == AcledType()


# (sentence, trigger, CAMEO root, PLOVER quad class)
CAMEO = [
    ("The junta pledged to hold elections within eighteen months.", "pledged", "03", 1),
    ("The Kenyan president met his Ugandan counterpart in Kampala.", "met", "04", 1),
    ("The African Union praised the peaceful conduct of the vote in Ghana.", "praised", "05", 1),
    ("The president pardoned 300 prisoners on Independence Day.", "pardoned", "08", 1),
    ("Kenyan and Somali police cooperated in the hunt for the gunmen.", "cooperated", "06", 2),
    ("Japan donated ten ambulances to the Nepalese health ministry.", "donated", "07", 2),
    ("The militia released twelve hostages in northern Nigeria.", "released", "08", 2),
    ("Police are investigating the killing of a journalist in Mexico.", "investigating", "09", 3),
    ("Opposition leaders demanded the release of political prisoners.", "demanded", "10", 3),
    ("The army accused the rebels of shelling civilian areas.", "accused", "11", 3),
    ("The junta rejected the regional bloc's demand for a transition timetable.", "rejected", "12", 3),
    ("North Korea threatened to retaliate against the joint exercises.", "threatened", "13", 3),
    ("Students protested outside the university in Dhaka.", "protested", "14", 4),
    ("Russia deployed additional troops to the border with Finland.", "deployed", "15", 4),
    ("The European Union imposed sanctions on three Belarusian officials.", "imposed sanctions", "16", 4),
    ("Police arrested the opposition leader in Harare on Tuesday.", "arrested", "17", 4),
    # Violence: unconventional (18) on civilians, conventional (19) in battle, mass (20).
    ("Gunmen killed seven villagers in Zamfara state.", "killed", "18", 4),
    ("Three soldiers were killed by Boko Haram fighters near Bama.", "killed", "19", 4),
    ("Government troops clashed with Tuareg rebels near Kidal.", "clashed", "19", 4),
    ("The army massacred dozens of villagers in the central region.", "massacred", "20", 4),
]


@pytest.mark.parametrize(("text", "trigger", "root", "quad"), CAMEO, ids=[c[0][:48] for c in CAMEO])
def test_cameo_root_and_quad_class(eventwire, text, trigger, root, quad):
    event = event_on(extract(eventwire, text), trigger)
    assert (event.cameo_root, event.quad_class) == (root, quad)


# Words with several senses: the actors and the clause decide.
@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("Students protested outside the university in Dhaka.", "protested", "PROTEST"),
    ("The Japanese government protested the detention of its citizen.", "protested", "ACCUSE"),
    ("Government warplanes struck rebel positions near Idlib.", "struck", "ASSAULT"),
    ("Teachers struck over unpaid salaries in Nairobi.", "struck", "PROTEST"),
])
def test_sense_follows_the_actors(eventwire, text, trigger, kind):
    assert event_on(extract(eventwire, text), trigger).type == kind


# --- the rules, on events built by hand ---------------------------------------

def actor(role, sector, inter=None, name=None):
    return Actor(role=role, text=name or sector.lower(), start=0, end=1, name=name, sector=sector, acled_inter=inter)


ARMY = actor("source", "MIL", 1, "Armed Forces of Chad")
REBELS_T = actor("target", "REB", 2)
REBELS_S = actor("source", "REB", 2)
VILLAGERS = actor("target", "CVL", 7)
CROWD_S = actor("source", "CVL", 5)
PROTESTERS_T = actor("target", "CVL", 6)
ASSAULT = Sense(type="ASSAULT", mode=None, cameo="19", key="verb:attack")


def classify(sense, actors, territory=False, words=frozenset()):
    acled = acled_type(sense, actors, territory=territory, words=words)
    return acled.event_type, acled.sub_event_type


@pytest.mark.parametrize(("actors", "expected"), [
    ([ARMY, REBELS_T], (BATTLES, "Armed clash")),
    ([ARMY, VILLAGERS], (VAC, "Attack")),
    ([REBELS_S, VILLAGERS], (VAC, "Attack")),
    ([CROWD_S, VILLAGERS], (RIOTS, "Mob violence")),
    ([CROWD_S, actor("target", "COP", 1)], (RIOTS, "Violent demonstration")),
    ([ARMY, PROTESTERS_T], (PROTESTS, "Excessive force against protesters")),
])
def test_assault_type_from_who_acts_on_whom(actors, expected):
    assert classify(ASSAULT, actors) == expected


@pytest.mark.parametrize(("mode", "sub"), [
    ("aerial", "Air/drone strike"),
    ("heavy-weapons", "Shelling/artillery/missile attack"),
    ("explosives", "Remote explosive/landmine/IED"),
    ("suicide-attack", "Suicide bomb"),
])
def test_weapon_modes_are_explosions(mode, sub):
    sense = Sense(type="ASSAULT", mode=mode, cameo="19", key="noun:attack")
    assert classify(sense, [ARMY, VILLAGERS]) == (EXPLOSIONS, sub)


def test_territory_by_state_or_non_state_forces():
    sense = Sense(type="ASSAULT", mode=None, cameo="19", territory=True, key="verb:recapture")
    assert classify(sense, [ARMY], territory=True) == (BATTLES, "Government regains territory")
    assert classify(sense, [REBELS_S], territory=True) == (BATTLES, "Non-state actor overtakes territory")
    # A place in the clause counts only for senses that take ground.
    assert classify(ASSAULT, [ARMY, REBELS_T], territory=True) == (BATTLES, "Armed clash")


def test_abduction_of_civilians():
    sense = Sense(type="ASSAULT", mode="abduct", cameo="18", key="verb:kidnap")
    assert classify(sense, [REBELS_S, VILLAGERS]) == (VAC, "Abduction/forced disappearance")


@pytest.mark.parametrize(("sense", "actors", "territory", "expected"), [
    (Sense(type="PROTEST", mode="demo", cameo="14"), [CROWD_S], False, (PROTESTS, "Peaceful protest")),
    (Sense(type="PROTEST", mode="riot", cameo="14"), [CROWD_S], False, (RIOTS, "Violent demonstration")),
    (Sense(type="COERCE", mode="arrest", cameo="17"), [actor("source", "COP", 1)], False, (STRATEGIC, "Arrests")),
    (Sense(type="COERCE", mode="curfew", cameo="17"), [actor("source", "GOV", 1)], False, (STRATEGIC, "Other")),
    (Sense(type="MOBILIZE", mode="troops", cameo="15"), [ARMY], False, (STRATEGIC, "Other")),
    (Sense(type="RETREAT", mode="withdraw", cameo="08"), [ARMY], True,
     (STRATEGIC, "Non-violent transfer of territory")),
    (Sense(type="RETREAT", mode="ceasefire", cameo="08"), [REBELS_S], False, (STRATEGIC, "Agreement")),
    (Sense(type="CONSULT", mode=None, cameo="04"), [ARMY], False, (None, None)),
    (Sense(type="ACCUSE", mode="allege", cameo="11"), [ARMY], False, (None, None)),
])
def test_non_violent_types(sense, actors, territory, expected):
    assert classify(sense, actors, territory=territory) == expected


def test_withdrawal_without_a_place_is_no_transfer():
    sense = Sense(type="RETREAT", mode="withdraw", cameo="08")
    assert classify(sense, [ARMY], territory=False) == (None, None)


@pytest.mark.parametrize(("event_type", "root"), [
    (VAC, "18"), (BATTLES, "19"), (EXPLOSIONS, "19"), (None, "19"),
])
def test_cameo_root_of_violence_follows_acled(event_type, root):
    assert cameo_root(ASSAULT, AcledType(event_type=event_type)) == root


def test_cameo_root_of_other_types_is_the_senses():
    assert cameo_root(Sense(type="ASSAULT", mode="massacre", cameo="20"), AcledType(event_type=VAC)) == "20"
    assert cameo_root(Sense(type="ACCUSE", mode="investigate", cameo="09"), AcledType()) == "09"


def test_choose_sense_by_actors():
    demo = Sense(type="PROTEST", mode="demo", cameo="14", prior=0.8)
    complaint = Sense(type="ACCUSE", mode="disapprove", cameo="11", prior=0.3)
    ministry = actor("source", "GOV", 1)
    assert choose_sense([demo, complaint], [CROWD_S]) is demo
    assert choose_sense([demo, complaint], [ministry]) is complaint
    assert choose_sense([demo, complaint], []) is demo


def test_choose_sense_prefers_speech_for_a_clause():
    walkout = Sense(type="PROTEST", mode="strike", cameo="14", prior=0.4)
    warning = Sense(type="THREATEN", mode=None, cameo="13", prior=0.3)
    assert choose_sense([walkout, warning], []) is walkout
    assert choose_sense([walkout, warning], [], clausal=True) is warning
