"""Toponym finding (stages/places/toponyms.py) on hand-written sentences."""

from __future__ import annotations

import pytest

from eventwire.stages.analyse.gazetteer import load_gazetteer
from eventwire.stages.places.toponyms import lookup, variant_key, with_metropolis


def places(eventwire, text: str):
    record = eventwire.extract_text(text, published="2021-08-30")
    for place in record.places:
        assert text[place.start:place.end] == place.text
    return record.places


@pytest.mark.parametrize("key, variant", [
    ("st louis", "saint louis"), ("saint albans", "st albans"), ("mt pleasant", "mount pleasant"),
    ("ft worth", "fort worth"), ("ste marie", "sainte marie"), ("stockholm", None), ("st", None),
])
def test_abbreviated_first_word_variants(key, variant):
    assert variant_key(key) == variant


def test_saint_names_in_either_spelling():
    gazetteer = load_gazetteer()
    russian = [c for c in lookup(gazetteer, "St. Petersburg") if c.country == "RUS"]
    assert any(c.feature == "PPL" for c in russian)
    assert any(c.country == "GBR" for c in lookup(gazetteer, "Saint Albans"))


def test_metropolis_joins_its_namesake_subdivision_only():
    gazetteer = load_gazetteer()
    new_york = with_metropolis(gazetteer, "new york", lookup(gazetteer, "New York"))
    assert any(c.name == "New York City" and c.feature == "PPL" for c in new_york)
    # No subdivision called "Kansas" holds a metropolis called "Kansas City".
    kansas = with_metropolis(gazetteer, "kansas", lookup(gazetteer, "Kansas"))
    assert not any(c.name == "Kansas City" for c in kansas)


@pytest.mark.parametrize("text, name, expected", [
    ("Deputies booked the suspect into the Lamar County Jail on Friday.",
     "Lamar County", ("ADM2", "USA")),
    ("The Columbus East football team beat Columbus North on Friday.", "Columbus", ("PPL", "USA")),
    ("The governor of Texas toured Lamar County Commissioners Court on Friday.",
     "Lamar County", ("ADM2", "USA")),
])
def test_place_opening_an_unknown_name(eventwire, text, name, expected):
    found = [p for p in places(eventwire, text) if p.text == name]
    assert found, f"{name!r} not found"
    assert (found[0].feature, found[0].country) == expected


def test_streets_and_named_features_are_not_their_namesakes(eventwire):
    found = places(eventwire, "A man was robbed on Washington Drive near the Hampton Hills "
                              "golf course.")
    assert not any(p.text == "Washington" for p in found)
    assert not any(p.name == "Hampton" for p in found)


@pytest.mark.parametrize("text, wrong", [
    ("Boats were rescued on Lake Manassas on Sunday.", "Lake County"),
    ("Tankers crossed the Gulf of Mexico as the Gulf Cooperation Council met.", "Gulf"),
])
def test_lakes_and_gulfs_are_not_the_places_they_start_with(eventwire, text, wrong):
    assert not any(p.name == wrong for p in places(eventwire, text))


def test_direction_words_before_a_place_are_dropped():
    import spacy

    from eventwire.stages.places.toponyms import make_toponym

    doc = spacy.blank("en")("Snow fell on north west London overnight.")
    toponym = make_toponym(doc[3:6], load_gazetteer(), [(0, len(doc.text))], None)
    assert toponym.text == "north west London"
    assert toponym.key == "london"
    assert any(c.feature == "PPLC" and c.country == "GBR" for c in toponym.candidates)


def test_plural_nationality_words_are_demonyms(eventwire):
    found = places(eventwire, "Thousands of Canadians wait for a kidney, doctors in Ontario said.")
    canadians = next(p for p in found if p.text == "Canadians")
    assert (canadians.kind, canadians.country, canadians.feature) == ("demonym", "CAN", "PCLI")
    # The nationality tells which Ontario: the province, not the Californian town.
    ontario = next(p for p in found if p.text == "Ontario")
    assert (ontario.feature, ontario.country) == ("ADM1", "CAN")


@pytest.mark.parametrize("key, same, other", [
    ("douma", "duma", "damascus"), ("jenin", "janin", "nablus"),
])
def test_consonant_skeletons(key, same, other):
    from eventwire.stages.places.toponyms import skeleton

    assert skeleton(key) == skeleton(same)
    assert skeleton(key) != skeleton(other)


@pytest.mark.parametrize("text, name, seat", [
    ("Rescuers pulled survivors from the rubble in Douma after the air strikes.", "Douma",
     "Dūmā"),
    ("Israeli troops entered Jenin on Tuesday, residents said.", "Jenin", "Janīn"),
])
def test_seat_spelt_unlike_its_unit(eventwire, text, name, seat):
    found = next(p for p in places(eventwire, text) if p.text == name)
    assert (found.name, found.feature) == (seat, "PPL")


def test_continental_adjectives_are_demonyms_of_their_continent(eventwire):
    found = places(eventwire, "European leaders met African ministers in Brussels.")
    european = next(p for p in found if p.text == "European")
    african = next(p for p in found if p.text == "African")
    assert (european.kind, european.name, european.feature) == ("demonym", "Europe", "CONT")
    assert (african.kind, african.geonameid) == ("demonym", 6255146)


def test_country_tagged_as_an_organisation_is_a_toponym():
    import spacy
    from spacy.tokens import Span as SpacySpan

    from eventwire.stages.places.toponyms import embedded_toponyms

    doc = spacy.blank("en")("Zimbabwe won the toss and Acme Foods paid the bill.")
    doc.ents = [SpacySpan(doc, 0, 1, label="ORG"), SpacySpan(doc, 5, 7, label="ORG")]
    found = embedded_toponyms(doc, [], load_gazetteer(), [(0, len(doc.text))], None)
    assert [t.text for t in found] == ["Zimbabwe"]
    assert any(c.feature == "PCLI" and c.country == "ZWE" for c in found[0].candidates)


def test_countries_and_nationalities_inside_organisation_names(eventwire):
    text = ("Flights on Air Zimbabwe were cancelled, and the Nigerian Air Force sent planes, "
            "a Bank of America analyst said.")
    found = {p.text: p for p in places(eventwire, text)}
    assert found["Zimbabwe"].country == "ZWE"
    assert (found["Nigerian"].kind, found["Nigerian"].country) == ("demonym", "NGA")
    assert "America" not in found  # an alias, not the country's own name
    found = {p.text: p for p in places(eventwire, "Markets rose after the US Federal Reserve "
                                                  "held rates.")}
    assert found["US"].country == "USA"
    found = {p.text: p for p in places(eventwire, "The European Commission fined the company.")}
    assert (found["European"].kind, found["European"].name) == ("demonym", "Europe")
    found = places(eventwire, "The North American Free Trade Agreement was signed by Wells "
                              "Fargo lawyers.")
    assert found == []


def test_places_the_parser_took_for_people():
    import spacy
    from spacy.tokens import Span as SpacySpan

    from eventwire.stages.actors.dictionary import load_dictionary
    from eventwire.stages.places.toponyms import person_place

    doc = spacy.blank("en")("Farmers in Tamil Nadu met Slovak buyers and Kent Walker.")
    adjective = load_dictionary().country_of_adjective
    gazetteer, bounds = load_gazetteer(), [(0, len(doc.text))]

    def read(start, end):
        return person_place(SpacySpan(doc, start, end, label="PERSON"), gazetteer, bounds, None,
                            adjective)

    tamil_nadu, slovak = read(2, 4), read(5, 6)
    assert any(c.feature == "ADM1" and c.country == "IND" for c in tamil_nadu.candidates)
    assert slovak.demonym and slovak.candidates[0].country == "SVK"
    assert read(8, 10) is None  # a person, though Kent is a county


def test_an_organisation_opens_with_a_unit_only_by_its_full_name(eventwire):
    found = places(eventwire, "Soldiers of the Free Syrian Army attacked a checkpoint on Monday.")
    assert not any(p.name == "Free State" for p in found)
    assert any(p.text == "Syrian" and p.country == "SYR" for p in found)


def test_no_place_before_a_hyphen():
    import spacy

    from eventwire.stages.places.toponyms import place_within

    doc = spacy.blank("en")("Warplanes struck Al-Mayadeen and Greenbrier-Pocahontas County.")
    gazetteer = load_gazetteer()
    assert place_within(doc[2:5], gazetteer) is None
    assert place_within(doc[6:10], gazetteer).text == "Pocahontas County"


def test_nationality_words_the_parser_left_untagged(eventwire):
    record = eventwire.extract_text("He sold Mauritian sugar and Salvadoran coffee at the market.",
                                    published="2021-08-30")
    assert not any(e.text == "Mauritian" for e in record.state["doc"].ents)
    mauritian = next(p for p in record.places if p.text == "Mauritian")
    assert (mauritian.kind, mauritian.country) == ("demonym", "MUS")


def test_nationality_word_in_a_hyphened_compound(eventwire):
    found = places(eventwire, "Protesters chanted anti-Russian slogans as Central American "
                              "migrants waited.")
    russian = next(p for p in found if p.text == "Russian")
    assert (russian.kind, russian.country) == ("demonym", "RUS")
    assert not any(p.country == "USA" for p in found)


def test_kind_words_before_a_list():
    import spacy

    from eventwire.stages.places.toponyms import FIRST_LEVEL, TOWN, kind_before

    doc = spacy.blank("en")("Fighting spread to the provinces of Kabul and the United States, Canada.")
    assert kind_before(doc, 6) == FIRST_LEVEL  # "the provinces of Kabul"
    assert kind_before(doc, 12) == frozenset()  # "States, Canada": a name, not a kind word
    doc = spacy.blank("en")("CALAMBA CITY, Laguna, and the capital, Lima")
    assert kind_before(doc, 3) == frozenset()  # "CITY" ends the name before
    assert kind_before(doc, 9) == TOWN


def test_abbreviated_first_word_left_out_of_the_entity():
    import spacy

    from eventwire.stages.places.toponyms import with_saint

    gazetteer = load_gazetteer()
    doc = spacy.blank("en")("ST. LOUIS (AP) - Guards met on Main St. Boston and in Louisville.")
    assert [t.text for t in doc[:3]] == ["ST", ".", "LOUIS"]
    assert with_saint(doc[2:3], gazetteer).text == "ST. LOUIS"
    boston = next(t.i for t in doc if t.text == "Boston")
    assert with_saint(doc[boston:boston + 1], gazetteer).text == "Boston"
    louisville = next(t.i for t in doc if t.text == "Louisville")
    assert with_saint(doc[louisville:louisville + 1], gazetteer).text == "Louisville"


def test_a_name_read_as_a_place_once_is_a_place_wherever_it_recurs(eventwire):
    text = ("GOROM-GOROM, Burkina Faso, March 12 (Africa Desk) - Gunmen attacked a gendarmerie "
            "checkpoint at the entrance of Gorom-Gorom on Monday, killing two gendarmes.\n\n"
            "Gorom-Gorom lies about 50 km north of Dori.")
    found = [(p.text, p.kind, p.country) for p in places(eventwire, text)]
    assert found.count(("Gorom-Gorom", "toponym", "BFA")) == 2
    record = eventwire.extract_text(text, published="2024-03-12")
    (attack,) = [e for e in record.events if e.type == "ASSAULT"]
    assert attack.location.name == "Gorom-Gorom" and attack.location.precision == 1


def test_a_recurring_place_name_leaves_other_words_alone(eventwire):
    # "Dorian" holds "Dori" but is no mention of it; lower-case "dori" is no name.
    text = "Gunmen attacked the town of Dori in Burkina Faso on Monday. Dorian Smith and a dori seller fled."
    assert [p.text for p in places(eventwire, text)] == ["Dori", "Burkina Faso"]
