"""Toponym resolution (stages/places/resolve.py) on hand-written sentences."""

from __future__ import annotations

import pytest


def places(eventwire, text: str):
    record = eventwire.extract_text(text, published="2021-08-30")
    for place in record.places:
        assert text[place.start:place.end] == place.text
    return record.places


def place(found, text: str, nth: int = 0):
    matches = [p for p in found if p.text == text]
    assert len(matches) > nth, f"{text!r} not among {[p.text for p in found]}"
    return matches[nth]


@pytest.mark.parametrize("text, name, country, admin1", [
    ("Thousands protested in Cairo and Alexandria against the Egyptian government.",
     "Cairo", "EGY", None),
    ("The mayor of Cairo, Ga., said the town's water plant was flooded.", "Cairo", "USA", "Georgia"),
    ("Police in Alexandria, Va., arrested two men near the Potomac on Sunday.",
     "Alexandria", "USA", "Virginia"),
    ("Egyptian police said the ship docked in Alexandria after leaving Cairo.",
     "Alexandria", "EGY", None),
    ("Georgia's prime minister met protesters in Tbilisi on Monday.", "Georgia", "GEO", None),
    ("Storms hit Atlanta and Savannah, and the governor of Georgia declared an emergency.",
     "Georgia", "USA", "Georgia"),
    ("Militias clashed in Tripoli, Libya's capital, as the UN envoy arrived in Benghazi.",
     "Tripoli", "LBY", None),
    ("Clashes in the Lebanese city of Tripoli left two dead, a Beirut official said.",
     "Tripoli", "LBN", None),
    ("Farmers in Paris, Texas, counted the losses after the hail storm.", "Paris", "USA", "Texas"),
    ("Ministers met in Paris on Tuesday before flying to Berlin.", "Paris", "FRA", None),
    ("The senator flew back to Washington to vote on the bill in Congress.",
     "Washington", "USA", "District of Columbia"),
])
def test_ambiguous_names(eventwire, text, name, country, admin1):
    found = place(places(eventwire, text), name)
    assert found.country == country
    if admin1 is not None:
        assert found.admin1 == admin1
    assert found.lat is not None and found.lon is not None


def test_washington_state_by_its_feature_word(eventwire):
    found = place(places(eventwire, "Wildfires spread across Washington state and Oregon."),
                  "Washington")
    assert (found.feature, found.country) == ("ADM1", "USA")


@pytest.mark.parametrize("spelling", ["Panjshir", "Panjsher", "Panjshayr"])
def test_spelling_variants_resolve_to_one_entry(eventwire, spelling):
    text = f"Resistance fighters held out in the Afghan province of {spelling} on Monday."
    found = place(places(eventwire, text), spelling)
    assert (found.geonameid, found.feature, found.country, found.admin1) == (
        6957555, "ADM1", "AFG", "Panjshir")


def test_ezafe_spellings_resolve_alike(eventwire):
    one = place(places(eventwire, "A blast hit a market in Mazar-i-Sharif, Afghanistan."),
                "Mazar-i-Sharif")
    two = place(places(eventwire, "A blast hit a market in Mazar-e Sharif, Afghanistan."),
                "Mazar-e Sharif")
    assert one.geonameid == two.geonameid is not None
    assert one.country == "AFG"


def test_hierarchy_cue_picks_the_district(eventwire):
    text = "Taliban fighters came from Andarab, in Baghlan province, on Monday."
    found = place(places(eventwire, text), "Andarab")
    assert (found.country, found.admin1, found.feature) == ("AFG", "Baghlan", "ADM2")
    assert found.precision == 2


def test_capital_of_province_apposition(eventwire):
    text = "Talks were held in Charikar, the capital of Parwan Province, on Wednesday."
    found = places(eventwire, text)
    assert (place(found, "Charikar").admin1, place(found, "Charikar").precision) == ("Parwan", 1)
    assert place(found, "Parwan Province").feature == "ADM1"


def test_town_named_like_its_province_is_the_town(eventwire):
    found = place(places(eventwire, "Gunmen attacked a checkpoint in Kunduz, Afghanistan."),
                  "Kunduz")
    assert found.feature in ("PPL", "PPLC") and found.precision == 1


def test_abstains_without_evidence(eventwire):
    # Several Springfields of similar size, nothing saying which one.
    found = place(places(eventwire, "He grew up in Springfield before moving away."),
                  "Springfield")
    assert found.geonameid is None and found.lat is None and found.precision is None


def test_a_metropolis_is_no_abstention(eventwire):
    # A Barcelona of a quarter of its size exists in Venezuela: the margin
    # rule alone would abstain.
    found = place(places(eventwire, "Fans in Barcelona celebrated the title until dawn."),
                  "Barcelona")
    assert (found.country, found.admin1) == ("ESP", "Catalonia")


def test_abstains_on_a_foreign_hamlet(eventwire):
    # "Andarab" alone in an Iranian-free Afghan story: the Iranian village
    # is no answer; the district wins once Afghanistan is in focus.
    text = "Afghan forces said Taliban fighters were seen near Andarab in Afghanistan."
    found = place(places(eventwire, text), "Andarab")
    assert found.country != "IRN"


def test_demonyms_are_marked_and_resolved_to_their_country(eventwire):
    found = places(eventwire, "Afghan and Russian officials met in Doha on Tuesday.")
    afghan = place(found, "Afghan")
    assert (afghan.kind, afghan.country, afghan.feature) == ("demonym", "AFG", "PCLI")
    assert place(found, "Doha").kind == "toponym"


def test_dateline_place_is_resolved_and_marked(eventwire):
    text = "CAIRO, Aug 30 (Reuters) - Protesters marched in Khartoum on Monday, witnesses said."
    found = places(eventwire, text)
    cairo = place(found, "CAIRO")
    assert (cairo.kind, cairo.country, cairo.name) == ("dateline", "EGY", "Cairo")


def test_part_of_a_place_resolves_to_the_place(eventwire):
    found = place(places(eventwire, "Heavy snow fell across Western Massachusetts on Monday."),
                  "Western Massachusetts")
    assert (found.feature, found.admin1) == ("ADM1", "Massachusetts")


def test_possessive_is_not_part_of_the_name(eventwire):
    found = places(eventwire, "The governor said Kandahar's main market reopened.")
    assert any(p.text == "Kandahar" and p.country == "AFG" for p in found)


def test_country_name_is_the_country_in_a_local_story(eventwire):
    text = ("Farmers in Moscow, Idaho, and Paris, Texas, said prices fell after Russia "
            "cut its wheat exports.")
    found = places(eventwire, text)
    assert place(found, "Russia").country == "RUS"
    assert place(found, "Moscow").admin1 == "Idaho"


def test_place_opening_an_organisation_name(eventwire):
    found = places(eventwire, "The Minnesota Department of Transportation closed the "
                              "highway, and Wells Fargo shut two branches.")
    minnesota = place(found, "Minnesota")
    assert (minnesota.feature, minnesota.country) == ("ADM1", "USA")
    assert not any("Fargo" in p.text for p in found)


def test_new_york_is_the_city_unless_the_text_says_state(eventwire):
    city = place(places(eventwire, "The mayor of New York said the subway would run all night."),
                 "New York")
    assert (city.name, city.feature) == ("New York City", "PPL")
    state = place(places(eventwire, "Voters in New York state approved the measure."),
                  "New York")
    assert (state.feature, state.admin1) == ("ADM1", "New York")


def test_abbreviated_saint_resolves_abroad(eventwire):
    text = "Russian police detained forty protesters in St. Petersburg and Moscow on Saturday."
    found = place(places(eventwire, text), "St. Petersburg")
    assert (found.country, found.feature) == ("RUS", "PPL")


@pytest.mark.parametrize("text, town, province", [
    ("Wildfires forced residents of Nelson, B.C., to leave their homes on Monday.",
     "Nelson", "British Columbia"),
    ("Fishermen in Halifax, N.S., said the storm sank two boats.", "Halifax", "Nova Scotia"),
])
def test_canadian_province_abbreviations(eventwire, text, town, province):
    found = places(eventwire, text)
    assert (place(found, town).country, place(found, town).admin1) == ("CAN", province)
    abbreviation = next(p for p in found if p.feature == "ADM1")
    assert (abbreviation.name, abbreviation.country) == (province, "CAN")


def test_spaced_state_abbreviation(eventwire):
    found = places(eventwire, "Coal miners in Charleston, W. Va., rallied on Monday.")
    assert place(found, "W. Va.").name == "West Virginia"
    assert place(found, "Charleston").admin1 == "West Virginia"


def test_territory_is_its_own_country_not_an_iso_only_unit(eventwire):
    text = "Typhoon winds battered Guam and the Northern Mariana Islands, the U.S. Navy said."
    guam = place(places(eventwire, text), "Guam")
    assert (guam.feature, guam.country, guam.geonameid) == ("PCLI", "GUM", 4043988)


def test_a_name_votes_with_its_cued_reading_only(eventwire):
    # Bare "Parkland" could be the larger town in Washington state; its cued
    # mention says Florida, and only that reading may vote for a state.
    text = ("Students from Parkland, Fla., marched in Washington on Saturday. Parkland parents "
            "joined them. Organizers in Parkland said buses left at dawn, and Washington police "
            "closed the avenue.")
    found = places(eventwire, text)
    assert {p.admin1 for p in found if p.text == "Parkland"} == {"Florida"}
    assert {p.feature for p in found if p.text == "Washington"} == {"PPLC"}


@pytest.mark.parametrize("text, name, admin1", [
    ("The lottery is played in New York, New Jersey and Florida.", "Florida", "Florida"),
    ("Rugby fans from England and Wales filled the stadium.", "Wales", "Wales"),
])
def test_a_village_named_like_a_province_yields_to_it(eventwire, text, name, admin1):
    found = place(places(eventwire, text), name)
    assert (found.feature, found.admin1) == ("ADM1", admin1)


def test_the_village_when_the_text_says_so(eventwire):
    found = place(places(eventwire, "The village of Florida, New York, held its onion festival."),
                  "Florida")
    assert (found.feature, found.admin1) == ("PPL", "New York")


def test_listed_names_share_the_kind_that_introduces_them(eventwire):
    text = "Tech firms avoid western states such as California or Washington because of high costs."
    assert place(places(eventwire, text), "Washington").feature == "ADM1"
    text = "The series airs in the United States, Canada, Singapore and Uruguay."
    assert {p.feature for p in places(eventwire, text)} == {"PCLI"}


def test_provinces_named_by_generic_words(eventwire):
    text = "Miners in Rustenburg, North West, went on strike, South African police said."
    found = place(places(eventwire, text), "North West")
    assert (found.feature, found.country) == ("ADM1", "ZAF")
    # A lone direction is no province of some country.
    assert place(places(eventwire, "Western leaders met as the West weighed sanctions."),
                 "West").geonameid is None


def test_a_state_capital_is_a_town(eventwire):
    found = place(places(eventwire, "Police spoke to journalists in Osogbo, the state capital, "
                                    "on Monday."), "Osogbo")
    assert (found.feature, found.country) == ("PPL", "NGA")


def test_a_metropolis_does_not_pull_villages_into_its_state(eventwire):
    # New York City lies in New York state, as does a village called Boston;
    # the list is no hierarchy either ("Washington, New York").
    found = places(eventwire, "After stops in Washington, New York and Boston, the prince flew "
                              "west.")
    assert place(found, "New York").name == "New York City"
    assert place(found, "Boston").admin1 == "Massachusetts"
    assert place(found, "Washington").feature == "PPLC"
