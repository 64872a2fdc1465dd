"""Scorers on hand-made extractions, end to end through `run_eval`."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from eventwire.eval import scorers as s
from eventwire.eval.report import EvalReport
from eventwire.eval.runner import run_eval
from eventwire.model import Quote, Span, Speaker, Time

EVERYTHING = {
    s.EVENTS, s.EVENT_ACLED, s.EVENT_ACTORS, s.EVENT_LOCATION, s.EVENT_DATE, s.EVENT_SIZE,
    s.EVENT_STATUS, s.EVENT_MODE, s.EVENT_QUAD, s.PLACES, s.TIMES, s.QUOTES,
}


def value(report: EvalReport, field: str, name: str) -> float | None:
    """The value of one metric of one field."""
    result = next(f for f in report.fields if f.field == field)
    return next(metric.value for metric in result.metrics if metric.name == name)


def field(report: EvalReport, name: str):
    """One field result by name."""
    return next(f for f in report.fields if f.field == name)


def test_every_requirement_is_a_known_pipeline_field() -> None:
    for scorers in s.SCORERS.values():
        for scorer in scorers:
            assert scorer.requires <= EVERYTHING, scorer.field
            assert scorer.description


# --- ACLED -------------------------------------------------------------------


def _acled_outputs(make: SimpleNamespace) -> dict:
    riot_text = "Rioters threw stones at police in Northville on 3 June."
    battle_text = "Four people died when the army and the Blue Brigade clashed near Eastfield on 5 July, locals said."
    riot = make.event(
        "ASSAULT", (14, 19), text=riot_text, acled=("Riots", "Mob violence"),
        location=make.place("Northville", 34, lat=10.52, lon=20.27), date=make.date("2016-06-03"),
        actors=[make.actor("source", "Rioters", 0, acled_inter=5), make.actor("target", "police", 24, acled_inter=1)],
    )
    battle = make.event(
        "ASSAULT", (60, 67), text=battle_text, acled=("Battles", "Armed clash"), fatalities=3,
        location=make.place("Eastfield", 73, lat=13.0, lon=22.0), date=make.date("2016-07-05"),
        actors=[make.actor("source", "the army", 22, acled_inter=1)],
    )
    return {
        "TST1": make.extraction(riot_text, events=[riot]),
        "TST3": make.extraction(battle_text, events=[battle]),
    }


def test_acled_fields(fixtures: Path, make: SimpleNamespace, fake_pipeline) -> None:
    fake = fake_pipeline(EVERYTHING, _acled_outputs(make))
    report = run_eval("acled", fixtures / "acled_2016.csv", fake)
    assert report.n_documents == 3 and report.status == "measured"
    assert value(report, "event_type", "accuracy") == pytest.approx(2 / 3)
    assert field(report, "event_type").details["confusion"] == {
        "Battles": {"Battles": 1}, "Protests": {"NONE": 1}, "Riots": {"Riots": 1},
    }
    sub = field(report, "sub_event_type")
    assert sub.metrics[0].n == 1 and value(report, "sub_event_type", "accuracy") == 1.0  # only TST3 is known
    assert value(report, "event_date", "accuracy") == pytest.approx(2 / 3)
    assert value(report, "fatalities", "accuracy") == pytest.approx(1 / 3)
    assert value(report, "location", "within 25 km") == pytest.approx(1 / 3)
    assert value(report, "location", "within 161 km") == pytest.approx(2 / 3)
    assert value(report, "actor inter codes", "accuracy") == pytest.approx(3 / 6)
    metric = field(report, "event_date").metrics[0]
    assert metric.ci_low <= metric.value <= metric.ci_high


def test_missing_stages_are_not_yet_measured(fixtures: Path, fake_pipeline) -> None:
    fake = fake_pipeline({"article", "article.lang"})
    report = run_eval("acled", fixtures / "acled_2016.csv", fake)
    assert report.n_documents == 3 and report.status == "not yet measured"
    assert len(fake.seen) == 3  # still run: rejections and speed are reported
    for result in report.fields:
        assert result.status == "not yet measured"
        assert result.metrics == []
        assert "events.acled" in result.missing


def test_partly_provided_pipeline(fixtures: Path, make: SimpleNamespace, fake_pipeline) -> None:
    fake = fake_pipeline({s.EVENTS, s.EVENT_ACLED}, _acled_outputs(make))
    report = run_eval("acled", fixtures / "acled_2016.csv", fake)
    assert field(report, "event_type").status == "measured"
    assert field(report, "location").missing == ["events.location"]


def test_rejected_inputs_count_as_empty_output(fixtures: Path, fake_pipeline) -> None:
    from eventwire.model import InputError

    error = InputError(error="E002 empty", code="E002", input="TST2")
    report = run_eval("acled", fixtures / "acled_2016.csv", fake_pipeline(EVERYTHING, {"TST2": error}))
    assert report.n_errors == 1
    assert value(report, "event_type", "accuracy") == 0.0


def test_changed_text_is_reported(fixtures: Path, make: SimpleNamespace, fake_pipeline) -> None:
    fake = fake_pipeline(EVERYTHING, {"TST1": make.extraction("something else")})
    assert run_eval("acled", fixtures / "acled_2016.csv", fake).n_text_changed == 1


def test_a_pipeline_that_drops_results_is_an_error(fixtures: Path) -> None:
    class Dropping:
        provides = EVERYTHING

        def extract_records(self, records):
            return iter([])

    with pytest.raises(RuntimeError, match="no result"):
        run_eval("acled", fixtures / "acled_2016.csv", Dropping())


def test_limit(fixtures: Path, fake_pipeline) -> None:
    fake = fake_pipeline(EVERYTHING)
    assert run_eval("acled", fixtures / "acled_2016.csv", fake, limit=2).n_documents == 2
    assert len(fake.seen) == 2


# --- PLOVER ------------------------------------------------------------------


def test_plover_type_and_actors(fixtures: Path, make: SimpleNamespace, fake_pipeline) -> None:
    text = "The fishermen's union asked the Northland government to lower fuel prices."
    request = make.event("REQUEST", (22, 27), text=text, actors=[
        make.actor("source", "fishermen's union", 4, country="NLD", sector="LAB"),
        make.actor("target", "Northland government", 32, country="NLD", sector="MIL"),
    ])
    guards = make.event("ASSAULT", (14, 23), mode="artillery")
    fake = fake_pipeline(EVERYTHING, {
        "TEST-PLOVER-0001": make.extraction(text, events=[request]),
        "TEST-PLOVER-0002": lambda r: make.extraction(r["text"], events=[guards]),
    })
    report = run_eval("plover", fixtures / "plover.json", fake)
    assert value(report, "event type", "accuracy") == pytest.approx(2 / 3)
    assert value(report, "mode", "accuracy") == 0.0  # one gold mode, predicted wrong
    assert value(report, "actor country", "recall") == pytest.approx(2 / 4)
    assert value(report, "actor country", "precision") == 1.0
    assert value(report, "actor sector", "F1") == pytest.approx(2 * 0.5 * 0.5 / 1.0)  # gold LAB, GOV


# --- TimeML ------------------------------------------------------------------


def test_timeml_span_and_value_f1(fixtures: Path, make: SimpleNamespace, fake_pipeline) -> None:
    def ferry(record: dict):
        text = record["text"]
        times = [
            Time(text="yesterday", start=27, end=36, type="DATE", value="2001-05-13"),
            Time(text=text[43:53], start=43, end=53, type="DURATION", value="P3W"),
            Time(text="The", start=1, end=4, type="DATE", value="2001"),
        ]
        return make.extraction(text, times=times)

    report = run_eval("timeml", fixtures / "timeml", fake_pipeline({s.TIMES}, {"TEST001": ferry}))
    assert value(report, "time span (strict)", "precision") == pytest.approx(1 / 3)
    assert value(report, "time span (strict)", "recall") == pytest.approx(1 / 4)
    assert value(report, "time span (relaxed)", "F1") == pytest.approx(4 / 7)
    assert value(report, "time value", "F1") == pytest.approx(2 / 7)
    assert value(report, "time type", "accuracy") == 1.0
    assert field(report, "time type").metrics[0].n == 1  # the document with no match has nothing to score


# --- geoparsing --------------------------------------------------------------


def test_geo_spans_ids_and_distances(fixtures: Path, make: SimpleNamespace, fake_pipeline) -> None:
    text = "Springfield council meets. Residents of Springfield and Shelby County asked for a new bridge."
    places = [
        make.place("Springfield", 0, geonameid=4250542, lat=39.8, lon=-89.64),
        make.place("Springfield", 40, geonameid=4409896, lat=37.2, lon=-93.3),  # the other Springfield
        make.place("council", 12),
    ]
    fake = fake_pipeline({s.PLACES}, {"900001": make.extraction(text, places=places)})
    report = run_eval("geo", fixtures / "lgl.xml", fake)
    assert value(report, "toponym span (exact)", "precision") == pytest.approx(2 / 3)
    assert value(report, "toponym span (exact)", "recall") == pytest.approx(2 / 3)
    assert value(report, "GeoNames id", "accuracy on found") == 0.5
    assert value(report, "GeoNames id", "accuracy on all gold") == 0.5
    assert value(report, "coordinates within 161 km", "accuracy on found") == 0.5
    assert field(report, "GeoNames id").metrics[0].support == 2


def test_geovirus_has_no_geonames_ids(fixtures: Path, fake_pipeline) -> None:
    report = run_eval("geo", fixtures / "geovirus.xml", fake_pipeline({s.PLACES}))
    assert field(report, "GeoNames id").status == "no gold"
    assert field(report, "coordinates within 161 km").status == "measured"


# --- PolNeAR -----------------------------------------------------------------


def test_polnear_overlap_f1(fixtures: Path, make: SimpleNamespace, fake_pipeline) -> None:
    def quotes(record: dict):
        text = record["text"]
        start = text.index("Mayor Ada Lin")
        quote = Quote(
            speaker=Speaker(text="Ada Lin", start=start + 6, end=start + 13),
            cue=Span(text="said", start=start + 14, end=start + 18),
            content=Span(text="the bridge", start=start + 19, end=start + 29),
            direct=False,
        )
        return make.extraction(text, quotes=[quote])

    report = run_eval("polnear", fixtures / "polnear" / "dev", fake_pipeline({s.QUOTES}, {
        "testwire_2016-05-02_bridge-to-reopen-say-officials": quotes,
    }))
    assert value(report, "quote source", "recall") == pytest.approx(1 / 3)
    assert value(report, "quote cue", "recall") == pytest.approx(1 / 4)
    assert value(report, "quote content", "recall") == pytest.approx(1 / 3)  # repeated content counted once
    assert value(report, "quote source", "precision") == 1.0


# --- CASE 2021 ---------------------------------------------------------------


def test_case_weighted_f1(fixtures: Path, make: SimpleNamespace, fake_pipeline) -> None:
    fake = fake_pipeline({s.EVENTS, s.EVENT_ACLED}, {
        "sample_input:1": lambda r: make.extraction(r["text"], events=[make.event(acled=("Riots", "Mob violence"))]),
        "sample_input:2": lambda r: make.extraction(r["text"], events=[
            make.event("ACCUSE"),  # no ACLED type: skipped for the main ACLED event
            make.event("PROTEST", (5, 6), acled=("Protests", "Peaceful protest")),
        ]),
    })
    report = run_eval("case2021", fixtures / "case2021", fake)
    assert value(report, "sub_event_type", "accuracy") == pytest.approx(2 / 3)
    assert value(report, "sub_event_type", "weighted F1") == pytest.approx(2 / 3)
    assert field(report, "sub_event_type").details["confusion"]["ARREST"] == {"NONE": 1}


# --- IndiaPoliceEvents -------------------------------------------------------


def test_police_labels(make: SimpleNamespace) -> None:
    police = make.actor("source", "police", 0)
    cops = make.actor("source", "the constables", 0, sector="COP")
    mob = make.actor("source", "a mob", 0)
    shoot = make.event("ASSAULT", actors=[police], size=make.size(dead=1))
    arrest = make.event("COERCE", actors=[cops], mode="arrest")
    ignored = make.event("AID", actors=[police], status=make.status(negated=True))
    planned = make.event("ASSAULT", actors=[police], status=make.status(future=True))
    riot = make.event("ASSAULT", actors=[mob], size=make.size(dead=3))
    extract = make.extraction
    assert s.police_labels(extract("t", events=[shoot])) == {"KILL", "FORCE", "ANY_ACTION"}
    assert s.police_labels(extract("t", events=[arrest])) == {"ARREST", "ANY_ACTION"}
    assert s.police_labels(extract("t", events=[ignored])) == {"FAIL"}
    assert s.police_labels(extract("t", events=[planned, riot])) == frozenset()


def test_india_police_document_labels(fixtures: Path, make: SimpleNamespace, fake_pipeline) -> None:
    police = make.actor("source", "police", 0)
    fake = fake_pipeline(EVERYTHING, {
        "1": lambda r: make.extraction(r["text"], events=[make.event("COERCE", actors=[police], size=make.size(arrested=4))]),
        "3": lambda r: make.extraction(r["text"], events=[
            make.event("ASSAULT", actors=[police], fatalities=1),
            make.event("AID", actors=[police], status=make.status(negated=True)),
        ]),
    })
    report = run_eval("india_police", fixtures / "india_police.jsonl", fake)
    for label in ("KILL", "ARREST", "FAIL", "FORCE", "ANY_ACTION"):
        assert value(report, label, "F1") == 1.0, label


# --- event_location ----------------------------------------------------------


def test_event_location_accuracy(fixtures: Path, make: SimpleNamespace, fake_pipeline) -> None:
    fake = fake_pipeline({s.EVENTS, s.EVENT_LOCATION}, {
        "0:123": lambda r: make.extraction(r["text"], events=[
            make.event("ASSAULT", (10, 18), text=r["text"], location=make.place("Riverton", 28)),
        ]),
        "1:test_condemn_1": lambda r: make.extraction(r["text"], events=[
            make.event("ACCUSE", (10, 19), text=r["text"], location=make.place("Officials", 0)),
        ]),
    })
    report = run_eval("event_location", fixtures / "event_location.json", fake)
    assert value(report, "event location", "accuracy") == pytest.approx(1 / 3)
    assert value(report, "event location (located sentences)", "accuracy") == pytest.approx(1 / 2)


# --- ConfliBERT and MUC-4 ----------------------------------------------------


def test_quad_label(make: SimpleNamespace) -> None:
    assert s.quad_label(None) == s.NONE
    assert s.quad_label(make.event("CONSULT", cameo_root="01", quad_class=1)) == "0"
    assert s.quad_label(make.event("ASSAULT", cameo_root="19", quad_class=4)) == "4"
    assert s.quad_label(make.event("ASSAULT")) == s.NONE


def test_conflibert_quad_class(fixtures: Path, make: SimpleNamespace, fake_pipeline) -> None:
    fake = fake_pipeline({s.EVENTS, s.EVENT_QUAD}, {
        "cameo_class-1": lambda r: make.extraction(r["text"], events=[make.event("CONSULT", cameo_root="01", quad_class=1)]),
        "cameo_class-2": lambda r: make.extraction(r["text"], events=[make.event("ASSAULT", quad_class=4)]),
        "cameo_class-3": lambda r: make.extraction(r["text"], events=[make.event("AGREE", quad_class=2)]),
    })
    report = run_eval("conflibert_cameo", fixtures / "cameo_class.tsv", fake)
    assert value(report, "quad class", "accuracy") == pytest.approx(2 / 3)


def test_muc4_fillers(fixtures: Path, make: SimpleNamespace, fake_pipeline) -> None:
    def bombing(record: dict):
        text = record["text"]
        actors = [
            make.actor("source", "red front", text.index("RED FRONT")),  # case-insensitive match
            make.actor("target", "THE BRIDGE", 0),
        ]
        return make.extraction(text, events=[make.event("ASSAULT", actors=actors)])

    report = run_eval("muc4", fixtures / "muc4.json", fake_pipeline({s.EVENTS, s.EVENT_ACTORS}, {"TEST-MUC-0001": bombing}))
    assert value(report, "perpetrators", "F1") == 1.0
    assert value(report, "targets", "precision") == 0.0 and value(report, "targets", "recall") == 0.0
