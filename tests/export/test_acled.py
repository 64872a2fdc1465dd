"""`--format acled`: ACLED's CSV columns, one row per event of an ACLED type."""

from __future__ import annotations

import csv
import io

from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.core import Eventwire
from eventwire.export.acled import (
    COLUMNS, country_name, event_day, event_id_cnty, interaction, write_acled,
)
from eventwire.model import (
    AcledType, Actor, Article, Event, EventDate, Evidence, Extraction, InputError, Place, Size,
    Span, Status,
)

TEXT = ("Taliban fighters attacked a police post in Bazarak on Monday, killing four officers, "
        "the governor said.\nResistance forces said they repelled the attack.")


def event(**changes) -> Event:
    """An ACLED-typed assault read from the first sentence of TEXT."""
    sentence = TEXT.split("\n")[0]
    start = TEXT.index("attacked")
    fields = dict(
        id="e1", type="ASSAULT", mode="firearms",
        acled=AcledType(event_type="Battles", sub_event_type="Armed clash"),
        cameo_root="19", quad_class=4,
        actors=[
            Actor(text="Taliban fighters", start=0, end=16, role="source", name="Taliban",
                  country="AFG", sector="REB", acled_inter=2),
            Actor(text="a police post", start=26, end=39, role="target",
                  name="Police Forces of Afghanistan", country="AFG", sector="COP", acled_inter=1),
        ],
        trigger=Span(text="attacked", start=start, end=start + 8),
        location=Place(text="Bazarak", start=43, end=50, name="Bazarak", geonameid=1147707,
                       lat=35.31, lon=69.52, country="AFG", admin1="Panjshir", admin2="Bazarak",
                       feature="PPLA2", precision=1),
        date=EventDate(value="2021-09-06", precision="day", start="2021-09-06", end="2021-09-06",
                       text="on Monday"),
        size=Size(dead=4), fatalities=4, confidence=0.8125,
        evidence=Evidence(sentence=0, start=0, end=len(sentence), text=sentence),
    )
    fields.update(changes)
    return Event(**fields)


def extraction(*events: Event, **article) -> Extraction:
    fields = dict(id="art-1", text=TEXT, source="TASS", published="2021-09-07")
    fields.update(article)
    return Extraction(article=Article(**fields), events=list(events))


def table(items) -> list[dict[str, str]]:
    out = io.StringIO()
    write_acled(items, out)
    out.seek(0)
    reader = csv.DictReader(out)
    assert tuple(reader.fieldnames) == COLUMNS
    return list(reader)


def test_header_is_acleds_columns_in_order():
    out = io.StringIO()
    write_acled([], out)
    assert out.getvalue().splitlines() == [",".join(COLUMNS)]
    assert COLUMNS[:3] == ("event_id_cnty", "event_date", "year")
    assert COLUMNS[-3:] == ("fatalities", "article_id", "confidence")


def test_a_row_carries_the_event():
    (row,) = table([extraction(event())])
    assert row["event_id_cnty"] == event_id_cnty("AFG", "art-1", "e1")
    assert row["event_id_cnty"].startswith("AFG") and row["event_id_cnty"][3:].isdigit()
    assert row["event_date"] == "2021-09-06"
    assert row["year"] == "2021"
    assert row["time_precision"] == "1"
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Armed clash")
    assert (row["actor1"], row["inter1"]) == ("Taliban", "2")
    assert (row["actor2"], row["inter2"]) == ("Police Forces of Afghanistan", "1")
    assert row["interaction"] == "12"
    assert row["country"] == "Afghanistan"
    assert (row["admin1"], row["admin2"], row["admin3"]) == ("Panjshir", "Bazarak", "")
    assert row["location"] == "Bazarak"
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == ("35.31", "69.52", "1")
    assert row["source"] == "TASS"
    assert row["notes"] == TEXT.split("\n")[0]
    assert row["fatalities"] == "4"
    assert row["article_id"] == "art-1"
    assert row["confidence"] == "0.812"


def test_ids_are_stable_and_differ_between_articles():
    assert event_id_cnty("AFG", "a", "e1") == event_id_cnty("AFG", "a", "e1")
    assert event_id_cnty("AFG", "a", "e1") != event_id_cnty("AFG", "b", "e1")
    assert event_id_cnty(None, "a", "e1").startswith("XXX")


def test_events_without_an_acled_type_and_errors_are_skipped():
    talks = event(id="e2", type="CONSULT", acled=AcledType())
    error = InputError(error="E002 x is empty", code="E002", input="x")
    rows = table([extraction(event(), talks), error])
    assert [r["article_id"] for r in rows] == ["art-1"]


def test_events_that_did_not_happen_are_skipped():
    negated = event(id="e3", status=Status(negated=True))
    future = event(id="e4", status=Status(future=True))
    attempted = event(id="e5", status=Status(attempted=True))
    rows = table([extraction(negated, future, attempted)])
    assert [r["event_id_cnty"] for r in rows] == [event_id_cnty("AFG", "art-1", "e5")]


def test_commas_quotes_and_newlines_are_quoted():
    sentence = 'Police said "12, maybe 13" were held,\nthen freed.'
    arrest = event(evidence=Evidence(sentence=0, start=0, end=len(sentence), text=sentence),
                   acled=AcledType(event_type="Strategic developments", sub_event_type="Arrests"))
    (row,) = table([extraction(arrest, source="Voice, of \"Kabul\"")])
    assert row["notes"] == sentence
    assert row["source"] == 'Voice, of "Kabul"'


def test_unknown_values_are_empty_and_a_lone_actor_gives_ten_times_its_code():
    lone = event(actors=[Actor(text="protesters", start=0, end=10, role="source", acled_inter=6)],
                 location=None, date=None, size=Size(), fatalities=0,
                 acled=AcledType(event_type="Protests", sub_event_type="Peaceful protest"))
    (row,) = table([extraction(lone, source=None)])
    assert (row["actor1"], row["actor2"], row["inter2"]) == ("protesters", "", "")
    assert row["interaction"] == "60"
    assert row["event_date"] == row["year"] == row["time_precision"] == ""
    assert row["country"] == row["location"] == row["latitude"] == row["source"] == ""
    assert row["fatalities"] == "0"
    assert row["event_id_cnty"].startswith("XXX")


def test_assoc_actors_and_a_target_without_source():
    actors = [
        Actor(text="Taliban", start=0, end=7, role="source", name="Taliban", acled_inter=2),
        Actor(text="Haqqani", start=8, end=15, role="source", name="Haqqani Network", acled_inter=2),
        Actor(text="al-Qaeda", start=16, end=24, role="source", name="al-Qaeda", acled_inter=2),
    ]
    (row,) = table([extraction(event(actors=actors))])
    assert row["actor1"] == "Taliban"
    assert row["assoc_actor_1"] == "Haqqani Network; al-Qaeda"
    assert row["interaction"] == "20"
    victims = [Actor(text="civilians", start=0, end=9, role="target", name="Civilians", acled_inter=7)]
    (row,) = table([extraction(event(actors=victims))])
    assert (row["actor1"], row["inter1"], row["actor2"]) == ("Civilians", "7", "")


def test_time_precision_and_the_middle_of_the_period():
    week = EventDate(value="2021-W36", precision="week", start="2021-09-06", end="2021-09-12")
    month = EventDate(value="2021-09", precision="month", start="2021-09-01", end="2021-09-30")
    year = EventDate(value="2021", precision="year", start="2021-01-01", end="2021-12-31")
    assert [str(d) for d in event_day(event(date=week))] == ["2021-09-09", "2"]
    assert [str(d) for d in event_day(event(date=month))] == ["2021-09-15", "3"]
    assert [str(d) for d in event_day(event(date=year))] == ["2021-07-02", "3"]


def test_interaction_codes():
    assert interaction(1, 3) == 13
    assert interaction(3, 1) == 13
    assert interaction(2, 2) == 22
    assert interaction(None, 7) == 70
    assert interaction(None, None) is None


def test_country_names():
    assert country_name("AFG") == "Afghanistan"
    assert country_name("USA") == "United States"
    assert country_name(None) is None
    assert country_name("ZZZ") is None


def test_export_through_eventwire():
    out = io.StringIO()
    Eventwire().export([extraction(event())], "acled", out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("event_id_cnty,event_date,year,time_precision,")
    assert len(lines) == 2


def test_cli_writes_the_header_for_an_article(tmp_path):
    # Until the events stage is in the pipeline no event is found: the CSV
    # is its header alone, and the format is accepted by the command line.
    path = tmp_path / "a.txt"
    path.write_text(TEXT)
    result = CliRunner().invoke(cli, ["extract", "--format", "acled", str(path)])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == COLUMNS
    assert all(len(r) == len(COLUMNS) for r in rows)
