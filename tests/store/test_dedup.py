"""Cross-article dedup rules on hand-built events (no database)."""

from __future__ import annotations

from eventwire.store.dedup import (
    Cluster, DedupSettings, best_match, cluster_reports, compare, distance_km, report_of,
)

from eventwire.model import Actor

from .conftest import make_event, make_record

SETTINGS = DedupSettings()
# Kalama and a village 7 km away, in Borno; Damboa, the next province's town
# 150 km off (all fictional coordinates).
KALAMA = ("Kalama", 10.0, 20.0, "NGA", "Borno", 1)
NEAR = ("Kalama outskirts", 10.05, 20.04, "NGA", "Borno", 2)
BORNO = ("Borno State", 11.5, 13.0, "NGA", "Borno", 3)
OTHER_PROVINCE = ("Damboa", 11.2, 20.8, "NGA", "Adamawa", 1)


def report(article, *args, published="2024-03-05", **kwargs):
    record = make_record(article, make_event(*args, **kwargs), published=published)
    return report_of(record.events[0], record, article)


def verdict(a, b):
    return compare(b, Cluster.start(a), SETTINGS)


def test_three_wordings_of_one_attack_merge():
    reports = [
        report("wire-a", fatalities=12),
        report("wire-b", place=NEAR, fatalities=15, actors=(("source", "BOKO HARAM", "REB"),)),
        report("wire-c", day="2024-03-05", place=BORNO, fatalities=9, actors=()),
    ]
    assert cluster_reports(reports, SETTINGS) == [[0, 1, 2]]


def test_explanation_names_each_matching_field():
    found = verdict(report("a"), report("b", place=NEAR))
    assert found.merge
    assert found.matched["type"] == "same type ASSAULT"
    assert found.matched["actors"] == "shared actors: boko haram"
    assert found.matched["place"] == "7.1 km apart: Kalama outskirts / Kalama"
    assert found.matched["date"].startswith("dates 0 days apart")


def test_same_town_a_week_later_does_not_merge():
    found = verdict(report("a"), report("b", day="2024-03-11"))
    assert not found.merge and found.failed["date"].startswith("dates 7 days apart")


def test_same_day_another_province_does_not_merge():
    found = verdict(report("a"), report("b", place=OTHER_PROVINCE))
    assert not found.merge and "km apart" in found.failed["place"]
    province_only = verdict(report("a", place=BORNO), report("b", place=("Adamawa State", 9.3, 12.4, "NGA", "Adamawa", 3)))
    assert province_only.failed["place"] == "provinces differ: Adamawa / Borno"


def test_other_country_never_merges():
    found = verdict(report("a"), report("b", place=("Kalama", 10.0, 20.0, "CMR", "Far North", 1)))
    assert found.failed["place"] == "countries differ: CMR / NGA"


def test_types_must_be_compatible():
    protest = report("b", "PROTEST", acled="Protests")
    assert verdict(report("a"), protest).failed["type"] == "types differ: PROTEST / ASSAULT"
    # A different PLOVER reading of the same ACLED kind of event still merges.
    coerce = report("b", "COERCE")
    assert verdict(report("a"), coerce).matched["type"].startswith("same ACLED event type")


def test_disjoint_named_actors_do_not_merge():
    other = report("b", actors=(("source", "ISWAP", "REB"), ("target", "farmers", "CVL")))
    first = report("a", actors=(("source", "Boko Haram", "REB"), ("target", "herders", "AGR")))
    assert verdict(first, other).failed["actors"] == "different named source actors: iswap / boko haram"
    # A shared role and sector is enough.
    police_a = report("a", actors=(("target", "police officers", "COP", None),))
    police_b = report("b", actors=(("target", "a police post", "COP", None),))
    assert verdict(police_a, police_b).matched["actors"] == "shared actor roles and sectors: target:COP"
    strict = DedupSettings(allow_unnamed_actors=False)
    assert not compare(report("b", actors=()), Cluster.start(report("a")), strict).merge


def test_generic_actors_count_by_role_and_sector_only():
    gunmen = report("a", actors=(("source", "Gunmen", "UAF"), ("target", "a gendarmerie post", "MIL", None)))
    jihadists = report("b", actors=(("source", "suspected jihadists", "REB"),
                                    ("target", "a gendarmerie outpost", "MIL", None)))
    found = verdict(gunmen, jihadists)
    assert found.merge and found.matched["actors"] == "shared actor roles and sectors: target:MIL"
    assert gunmen.actors == frozenset() and gunmen.named == frozenset()
    proper = report("c", actors=(("source", "Rapid Support Forces", "REB"),))
    assert proper.actors == {"rapid support forces"}


def victims(article: str, text: str, sector: str, inter: int):
    """A report whose only actor is an unnamed target of this sector and ACLED inter code."""
    record = make_record(article, make_event(actors=()))
    target = Actor(role="target", text=text, start=0, end=len(text), sector=sector, acled_inter=inter)
    return report_of(record.events[0].model_copy(update={"actors": [target]}), record, article)


def test_victims_of_other_sectors_match_by_acled_inter_code():
    # "killing five workers" and "seven people died": civilians both (inter 7).
    found = verdict(victims("a", "workers", "LAB", 7), victims("b", "people", "CVL", 7))
    assert found.merge and found.matched["actors"] == "shared actor roles and ACLED inter codes: target:inter 7"
    # Civilians and soldiers are not the same victims.
    assert verdict(victims("a", "workers", "LAB", 7), victims("b", "soldiers", "MIL", 1)).failed["actors"] \
        == "no actor in common"


def test_same_article_never_merges_with_itself():
    assert verdict(report("a"), report("a")).failed["article"]


def test_unreal_events_stay_apart():
    assert cluster_reports([report("a"), report("b", hypothetical=True)], SETTINGS) == [[0]]
    assert not verdict(report("a"), report("b", negated=True)).merge


def test_vague_or_missing_dates():
    vague = report("b", day="2024-03-01", end="2024-03-31")
    assert "spans more than 7 days" in verdict(report("a"), vague).failed["date"]
    undated = report("b", day=None, published="2024-03-04")
    assert verdict(report("a"), undated).matched["date"].endswith("stands in for an undated event)")
    assert not verdict(report("a"), report("b", day=None, published=None)).merge


def test_no_place_no_merge():
    assert verdict(report("a"), report("b", place=None)).failed["place"] == "a report has no place to compare"


def test_best_match_prefers_the_closer_event():
    far = Cluster.start(report("x", place=("Kalama east", 10.0, 20.2, "NGA", "Borno", 1)), key="far")
    near = Cluster.start(report("y"), key="near")
    cluster, _ = best_match(report("z", place=NEAR), [far, near], SETTINGS)
    assert cluster.key == "near"
    assert best_match(report("z", day="2025-01-01"), [far, near], SETTINGS) is None


def test_distance():
    assert round(distance_km(0, 0, 0, 1)) == 111
    assert distance_km(10, 20, 10, 20) == 0


def test_settings_from_config():
    settings = DedupSettings.from_config({"dedup": {"distance_km": 5, "enabled": True}})
    assert settings.distance_km == 5 and settings.date_window_days == 1


def test_reports_without_date_or_place_are_not_compared():
    from eventwire.store.dedup import mergeable

    assert mergeable(report("a"))
    assert not mergeable(report("a", place=None))
    assert not mergeable(report("a", day=None, published=None))
    assert not mergeable(report("a", negated=True))
