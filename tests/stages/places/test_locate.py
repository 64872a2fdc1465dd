"""Event location (stages/places/locate.py) with hand-made events."""

from __future__ import annotations

from .conftest import locate


def location(record, event_id: str):
    event = next(e for e in record.events if e.id == event_id)
    return event.location


def test_place_in_the_clause(eventwire, places_stage):
    record = locate(eventwire, places_stage,
                    "Taliban fighters swept into Kabul on Sunday.", "swept")
    place = location(record, "swept-0")
    assert (place.text, place.country, place.precision) == ("Kabul", "AFG", 1)


def test_origin_is_not_the_location(eventwire, places_stage):
    text = "Taliban fighters came from Andarab, in Baghlan province, and attacked the city of Charikar."
    record = locate(eventwire, places_stage, text, "attacked")
    assert location(record, "attacked-0").text == "Charikar"


def test_dateline_is_not_the_location(eventwire, places_stage):
    text = "KABUL, Aug 30 (Reuters) - Gunmen attacked a convoy in Jalalabad on Monday."
    record = locate(eventwire, places_stage, text, "attacked")
    assert location(record, "attacked-0").text == "Jalalabad"
    text = "KABUL, Aug 30 (Reuters) - Gunmen attacked a convoy on Monday, police said."
    record = locate(eventwire, places_stage, text, "attacked")
    assert location(record, "attacked-0") is None


def test_where_it_was_announced_is_not_the_location(eventwire, places_stage):
    text = "The ministry said in Kabul on Tuesday that troops had recaptured Kunduz."
    record = locate(eventwire, places_stage, text, "recaptured")
    assert location(record, "recaptured-0").text == "Kunduz"


def test_actor_country_is_not_the_location(eventwire, places_stage):
    text = "Afghanistan's president met Pakistani officials in Islamabad on Friday."
    record = locate(eventwire, places_stage, text, "met")
    place = location(record, "met-0")
    assert (place.text, place.country) == ("Islamabad", "PAK")


def test_near_a_town_is_precision_two(eventwire, places_stage):
    text = "Rebels ambushed an army patrol near Kunduz, Afghanistan, on Monday."
    record = locate(eventwire, places_stage, text, "ambushed")
    place = location(record, "ambushed-0")
    assert (place.text, place.precision) == ("Kunduz", 2)


def test_province_is_precision_three(eventwire, places_stage):
    text = "Fighting broke out in the northern province of Panjshir, Afghanistan."
    record = locate(eventwire, places_stage, text, "broke")
    place = location(record, "broke-0")
    assert (place.admin1, place.precision) == ("Panjshir", 3)


def test_inherited_from_the_previous_event(eventwire, places_stage):
    text = ("Taliban fighters attacked a checkpoint in Charikar on Monday. "
            "Two policemen were wounded in the clash.")
    record = locate(eventwire, places_stage, text, "attacked", "wounded")
    place = location(record, "wounded-0")
    assert place.text == "Charikar" and place.precision == 2


def test_inherited_from_the_article_focus(eventwire, places_stage):
    text = ("Fighting continued in Panjshir province, Afghanistan, for a third day.\n\n"
            "Resistance commanders said on Friday they had repelled an attack on their "
            "outpost. More fighters arrived later. Reinforcements were sent on Sunday.")
    record = locate(eventwire, places_stage, text, "sent")
    place = location(record, "sent-0")
    assert place.admin1 == "Panjshir" and place.precision == 3


def test_places_in_another_events_clause_are_not_taken(eventwire, places_stage):
    text = ("Troops who had been deployed to Herat clashed with gunmen in Farah "
            "on Sunday.")
    record = locate(eventwire, places_stage, text, "deployed", "clashed")
    assert location(record, "clashed-0").text == "Farah"
    assert location(record, "deployed-0").text == "Herat"


def test_demonym_is_never_a_location(eventwire, places_stage):
    record = locate(eventwire, places_stage, "Afghan troops withdrew on Monday.", "withdrew")
    place = location(record, "withdrew-0")
    assert place is None or place.kind != "demonym"


def test_inner_place_of_a_kind_phrase(eventwire, places_stage):
    text = "In the West Bank city of Nablus, a man was shot at a checkpoint on Saturday."
    record = locate(eventwire, places_stage, text, "shot")
    assert location(record, "shot-0").text == "Nablus"


def test_place_modifying_a_spot_is_the_location(eventwire, places_stage):
    text = "The lawmaker was shot on the doorstep of his Moscow home in April."
    record = locate(eventwire, places_stage, text, "shot")
    assert location(record, "shot-0").text == "Moscow"


def test_the_inner_of_two_resolved_places_wins(eventwire, places_stage):
    text = "In Baghlan province on Wednesday, police shot two gunmen in the city of Pul-e Khumri."
    record = locate(eventwire, places_stage, text, "shot")
    place = location(record, "shot-0")
    assert (place.text, place.admin1, place.precision) == ("Pul-e Khumri", "Baghlan", 1)


def test_a_country_in_an_organisation_name_is_not_the_location(eventwire, places_stage):
    text = "The Revolutionary Armed Forces of Colombia kidnapped two engineers on Monday."
    record = locate(eventwire, places_stage, text, "kidnapped")
    assert any(p.text == "Colombia" for p in record.places)
    assert location(record, "kidnapped-0") is None
