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


def test_notes_repeated_on_other_rows_are_marked_shared(fixtures: Path, tmp_path: Path) -> None:
    lines = (fixtures / "acled_2016.csv").read_text(encoding="utf-8").splitlines()
    header, first, second = lines[0], lines[1], lines[2]
    # ACLED split one report over two days: the same notes, another id and share.
    again = first.replace("TST1", "TST9").replace(",101,", ",109,")
    (tmp_path / "split.csv").write_text("\n".join([header, first, second, again]) + "\n", encoding="utf-8")
    docs = {d.id: d.shared_note for d in load_acled(tmp_path / "split.csv")}
    assert docs == {"TST1": True, "TST2": False, "TST9": True}
    assert [d.row for d in load_acled(tmp_path / "split.csv")] == [1, 2, 3]


def test_real_acled_2016_dev(shared_data: Path) -> None:
    docs = list(load_acled(shared_data / "acled_2016_dev" / "acled.csv"))
    assert len(docs) == 500
    assert all(d.event_type for d in docs)  # every old type maps, riots/protests included
    types = Counter(d.event_type for d in docs)
    assert set(types) <= {
        "Battles", "Explosions/Remote violence", "Violence against civilians",
        "Protests", "Riots", "Strategic developments",
    }
