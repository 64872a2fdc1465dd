"""The actors stage (stages/actors/) on hand-written sentences."""

from __future__ import annotations


import pytest

from eventwire.core import Eventwire

from ...conftest import TODAY


@pytest.fixture(scope="module")
def eventwire():
    return Eventwire(today=TODAY)


def actors(eventwire, text: str, published: str = "2024-05-06"):
    record = eventwire.extract_text(text, published=published)
    for actor in record.actors:
        assert text[actor.start:actor.end] == actor.text
    return record.actors


def find(found, text: str):
    matches = [a for a in found if a.text == text]
    assert matches, f"{text!r} not among {[a.text for a in found]}"
    return matches[0]


def test_named_armed_group_from_the_dictionary(eventwire):
    found = actors(eventwire, "Al-Shabaab fighters attacked a police station in Mogadishu on "
                              "Sunday, officials said. Al-Shabaab claimed the attack.")
    group = find(found, "Al-Shabaab")
    assert (group.country, group.sector, group.acled_inter) == ("SOM", "REB", 2)
    assert find(found, "Al-Shabaab fighters").ref == group.ref  # members of the group


def test_state_institution_with_country_adjective(eventwire):
    found = actors(eventwire, "Kenyan police arrested twelve people after the protest in "
                              "Nairobi, a spokesman said.")
    police = find(found, "Kenyan police")
    assert (police.country, police.sector, police.acled_inter) == ("KEN", "COP", 1)


def test_unnamed_agents_take_sector_from_the_lexicon(eventwire):
    found = actors(eventwire, "Gunmen killed four villagers in the district on Friday. "
                              "Hundreds of protesters later blocked the main road.")
    assert find(found, "Gunmen").sector is not None
    assert find(found, "villagers").acled_inter == 7
    assert find(found, "protesters").acled_inter == 6


def test_acronym_definition_and_reuse(eventwire):
    text = ("The Allied Democratic Forces (ADF) raided a village near Beni. "
            "Residents said ADF fighters burned houses.")
    found = actors(eventwire, text)
    name = find(found, "Allied Democratic Forces")
    assert find(found, "ADF").ref == name.ref == find(found, "ADF fighters").ref


def test_unknown_organisation_with_bracketed_acronym(eventwire):
    text = ("The Northern Valley Defence Committee (NVDC) said it would resist. "
            "The NVDC has about 300 members.")
    found = actors(eventwire, text)
    refs = {a.ref for a in found if a.text in ("Northern Valley Defence Committee", "NVDC")}
    assert len(refs) == 1


def test_short_form_joins_the_named_group(eventwire):
    text = ("The National Resistance Front clashed with Taliban fighters on Monday. "
            "The resistance movement said it lost two men.")
    found = actors(eventwire, text)
    assert find(found, "resistance movement").ref == find(found, "National Resistance Front").ref


def test_bare_militants_after_one_named_group(eventwire):
    text = ("Boko Haram attacked the town of Gwoza on Tuesday. "
            "The militants burned the market, residents said.")
    found = actors(eventwire, text)
    assert find(found, "militants").ref == find(found, "Boko Haram").ref


def test_surname_and_pronoun_refer_back_to_the_person(eventwire):
    text = ("Interior minister Farida Qasimi resigned on Monday. "
            "Qasimi said the decision was hers. She added that talks would go on.")
    found = actors(eventwire, text)
    person = find(found, "Farida Qasimi")
    assert find(found, "Qasimi").ref == person.ref
    assert find(found, "She").ref == person.ref and find(found, "She").kind == "pronoun"


def test_anonymous_source_is_an_actor_pronouns_can_point_to(eventwire):
    text = ("A source in the province told reporters that the road was closed. "
            "\"Nobody can pass,\" the source said. He added that more troops had arrived.")
    found = actors(eventwire, text)
    refs = {a.ref for a in found if a.text in ("source", "He")}
    assert len(refs) == 1


def test_country_as_subject_is_its_government(eventwire):
    found = actors(eventwire, "Russia accused Ukraine of shelling the plant. Residents of "
                              "Russia's border towns were told to leave.")
    russia = find(found, "Russia")
    assert russia.kind == "metonym"
    assert (russia.country, russia.sector) == ("RUS", "GOV")
    assert sum(a.text == "Russia" for a in found) == 1  # the possessive place is no actor


def test_person_takes_the_sector_of_the_group_they_speak_for(eventwire):
    text = ("Omar Haddad, spokesman for Hezbollah, said the group had fired rockets.")
    found = actors(eventwire, text)
    assert find(found, "Omar Haddad").country == "LBN"


def test_codes_follow_the_article_date(eventwire):
    text = "Taliban fighters took control of the district, officials said."
    before = find(actors(eventwire, text, published="2020-06-01"), "Taliban fighters")
    after = find(actors(eventwire, text, published="2022-06-01"), "Taliban fighters")
    assert (before.sector, before.acled_inter) == ("REB", 2)
    assert after.acled_inter == 1


def test_modifiers_and_predicates_are_not_actors(eventwire):
    text = ("Several fighters were taken prisoner. The plan calls for more inclusive "
            "government bodies and a pocket of armed resistance remains.")
    texts = {a.text for a in actors(eventwire, text)}
    assert not {"prisoner", "government", "resistance", "armed resistance"} & texts


def test_refs_are_numbered_in_order_of_first_mention(eventwire):
    found = actors(eventwire, "Hamas and Israel traded fire on Monday. Hamas said it fired "
                              "rockets; Israeli troops raided Jenin.")
    order = []
    for actor in found:
        if actor.ref not in order:
            order.append(actor.ref)
    assert order == [f"A{n}" for n in range(1, len(order) + 1)]


def test_unnamed_state_agents_become_their_countrys_institution(eventwire):
    text = ("MAIDUGURI, Nigeria - Nigerian troops repelled an attack in Borno state on "
            "Monday. The army said soldiers killed nine insurgents near Maiduguri.")
    found = actors(eventwire, text)
    refs = {find(found, t).ref for t in ("Nigerian troops", "army", "soldiers")}
    assert len(refs) == 1
    assert find(found, "army").name == "Armed Forces of Nigeria"
    assert find(found, "insurgents").ref not in refs


def test_forces_a_group_deploys_are_its_own(eventwire):
    text = "Boko Haram has been massing fighters near the border, officials said."
    found = actors(eventwire, text)
    assert find(found, "fighters").ref == find(found, "Boko Haram").ref


def test_the_object_of_an_attack_is_not_owned_by_the_attacker(eventwire):
    found = actors(eventwire, "Kenyan troops killed militants near the border on Monday.")
    assert find(found, "militants").ref != find(found, "Kenyan troops").ref


def test_international_organisations_carry_their_code_as_sector(eventwire):
    found = actors(eventwire, "The United Nations said aid convoys had reached the city.")
    un = find(found, "United Nations")
    assert (un.country, un.sector) == (None, "IGO")


def test_a_title_gives_an_unknown_person_country_and_sector(eventwire):
    found = actors(eventwire, "Kenyan Foreign Minister John Mwangi said talks went well.")
    person = find(found, "John Mwangi")
    assert (person.country, person.sector) == ("KEN", "GOV")


def test_a_country_as_object_is_an_actor_but_not_as_a_location(eventwire):
    found = actors(eventwire, "The council imposed sanctions on Syria after the attack in Iraq.")
    texts = {a.text for a in found}
    assert "Syria" in texts and "Iraq" not in texts
    assert find(found, "Syria").country == "SYR"


def test_nationalities_in_the_plural_are_actors(eventwire):
    found = actors(eventwire, "Palestinians protested in the square on Friday.")
    assert find(found, "Palestinians").country == "PSE"


def test_a_noun_modifying_an_event_noun_is_its_agent(eventwire):
    found = actors(eventwire, "Two protesters died in police firing. Five villagers died in an army raid.")
    assert find(found, "police").sector == "COP"
    assert find(found, "army").sector == "MIL"
