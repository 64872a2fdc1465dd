"""ACLED loader: both schemas on invented rows; the real 2016 file."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from eventwire.eval.datasets.acled import load_acled


def test_2016_schema_maps_types_and_splits_riots_from_protests(fixtures: Path) -> None:
    docs = list(load_acled(fixtures / "acled_2016.csv"))
    assert [d.id for d in docs] == ["TST1", "TST2", "TST3"]  # the row without notes is skipped
    riot, protest, battle = docs
    assert (riot.event_type, riot.sub_event_type, riot.source_type) == ("Riots", None, "Riots/Protests")
    assert protest.event_type == "Protests"
    assert (battle.event_type, battle.sub_event_type) == ("Battles", "Armed clash")
    assert (battle.inter1, battle.inter2, battle.fatalities) == (1, 2, 4)
    assert (battle.lat, battle.lon, battle.location) == (12.0, 22.0, "Eastfield")
    assert battle.date == "2016-07-05"
    assert battle.published == "2016-07-31"  # the month's end, not the event's day
    assert protest.inter2 is None  # 0 means "no second actor"


def test_current_schema_reads_sub_event_types_inter_names_and_dates(fixtures: Path) -> None:
    strike, rally = load_acled(fixtures / "acled_current.csv")
    assert (strike.event_type, strike.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert (strike.inter1, strike.inter2) == (1, 2)
    assert strike.date == "2020-03-15"
    assert rally.date == "2020-03-16"
    assert rally.record() == {"id": "TST11", "text": rally.text, "published": "2020-03-31"}


def test_real_acled_2016_dev(shared_data: Path) -> None:
    docs = list(load_acled(shared_data / "acled_2016_dev" / "acled.csv"))
    assert len(docs) == 500
    assert all(d.event_type for d in docs)  # every old type maps, riots/protests included
    types = Counter(d.event_type for d in docs)
    assert set(types) <= {
        "Battles", "Explosions/Remote violence", "Violence against civilians",
        "Protests", "Riots", "Strategic developments",
    }
