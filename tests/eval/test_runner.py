"""The runner's report and the accuracy page."""

from __future__ import annotations

from pathlib import Path

from eventwire.eval.report import EvalReport
from eventwire.eval.runner import DEV_SETS, PUBLISHED, render_markdown, run_eval
from eventwire.eval.scorers import EVENT_ACLED, EVENTS


def test_report_round_trips_through_json(fixtures: Path, fake_pipeline) -> None:
    report = run_eval("acled", fixtures / "acled_2016.csv", fake_pipeline({EVENTS, EVENT_ACLED}))
    assert EvalReport.model_validate_json(report.model_dump_json()) == report
    assert report.runtime_s >= 0 and report.provides == [EVENTS, EVENT_ACLED]


def test_render_markdown(fixtures: Path, fake_pipeline) -> None:
    reports = [
        run_eval("acled", fixtures / "acled_2016.csv", fake_pipeline({EVENTS, EVENT_ACLED})),
        run_eval("geo", fixtures / "lgl.xml", fake_pipeline()),
    ]
    page = render_markdown(reports, "abc1234", "2030-01-02")
    assert page.startswith("# Accuracy\n")
    assert "2030-01-02" in page and "`abc1234`" in page
    assert "## acled: `fixtures/acled_2016.csv`" in page
    assert "| field | metric | value | 95% CI | n | status |" in page
    assert "| event_type | accuracy | 0.000 |" in page  # measured: a real zero
    assert "| location | — | — | — | — | not yet measured (needs events.location) |" in page
    assert "| toponym span (exact) | — | — | — | — | not yet measured (needs places) |" in page
    assert "Source: ACLED" in page and "Source: Gritta et al." in page
    for figure in ("79.4%", "90.1%", "0.839", "~0.78"):
        assert figure in page
    assert len(PUBLISHED) == 4 and all(p.difference for p in PUBLISHED)
    assert "/work/" not in page  # no machine paths


def test_real_sets_all_run_in_seconds(shared_data: Path, fake_pipeline) -> None:
    everything = {
        "events", "events.acled", "events.actors", "events.location", "events.date", "events.size",
        "events.status", "events.mode", "events.quad_class", "places", "times", "quotes", "actors",
    }
    expected = {
        "acled_2016_dev/acled.csv": 500, "plover_gsr/dev.json": 143, "timeml/tbaq": 256,
        "geo/lgl.xml": 588, "geo/GWN.xml": 200, "geo/GeoVirus.xml": 229, "polnear/dev": 84,
        "case2021_task2": 5, "india_police/dev.jsonl": 666, "event_location/dev.json": 9686,
        "conflibert/cameo_class/train.tsv": 1349, "conflibert/cameo_ner/train.txt": 1153,
        "conflibert/muc4/dev.json": 200,
    }
    counts = {}
    for name, paths in DEV_SETS.items():
        for relative in paths:
            report = run_eval(name, shared_data / relative, fake_pipeline(everything))
            assert all(f.status in ("measured", "no gold") for f in report.fields)
            counts[relative] = report.n_documents
    assert counts == expected
