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
    s.EVENT_STATUS, s.EVENT_MODE, s.EVENT_QUAD, s.PLACES, s.TIMES, s.QUOTES, s.ACTORS,
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
    assert value(report, "fatalities (notes coded as one event)", "accuracy") == pytest.approx(1 / 3)
    # Only row 2 (TST2, the protest the fake pipeline missed) is in the held-out half.
    assert field(report, "event_type (held-out half)").metrics[0].n == 1
    assert value(report, "event_type (held-out half)", "accuracy") == 0.0
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


def test_geo_id_on_exact_spans(fixtures: Path, make: SimpleNamespace, fake_pipeline) -> None:
    text = "Springfield council meets. Residents of Springfield and Shelby County asked for a new bridge."
    places = [
        make.place("Springfield", 0, geonameid=4250542),
        # Overlaps the second gold Springfield without being its span: found
        # for the relaxed row, not for the exact one.
        make.place("of Springfield", 37, geonameid=4409896),
    ]
    fake = fake_pipeline({s.PLACES}, {"900001": make.extraction(text, places=places)})
    report = run_eval("geo", fixtures / "lgl.xml", fake)
    assert value(report, "GeoNames id", "accuracy on found") == 0.5
    assert value(report, "GeoNames id (exact span)", "accuracy on found") == 1.0
    assert value(report, "GeoNames id (exact span)", "accuracy on all gold") == 0.5


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


# --- actor mentions ----------------------------------------------------------


def test_locate_ignores_case_and_spacing() -> None:
    text = "Villagers in Northland accused the Eastvale army."
    assert s.locate(text, "villagers") == (0, 9)
    assert s.locate(text, " Eastvale  army ") == (35, 48)
    assert s.locate(text, "the Westvale army") is None
    assert s.locate(text, "  ") is None
    assert s.locate("an army and an army", "army") == (3, 7)  # the first occurrence


def test_best_mention_prefers_overlap_then_the_tighter_span(make: SimpleNamespace) -> None:
    wide, tight, other = make.mention("the Eastvale army", 0), make.mention("Eastvale", 4), make.mention("x", 40)
    assert s.best_mention((4, 12), [wide, tight, other]) is tight  # both cover 8 characters
    assert s.best_mention((0, 17), [tight, wide]) is wide
    assert s.best_mention((20, 30), [wide, tight, other]) is None


def _plover_mentions(make: SimpleNamespace) -> dict:
    def villagers(record: dict):
        text = record["text"]
        return make.extraction(text, actors=[
            make.mention("Villagers", 0, kind="agent", country="NLD", sector="CVL"),
            make.mention("Eastvale army", text.index("Eastvale"), country="FRA", sector="MIL"),
        ])

    def court(record: dict):
        return make.extraction(record["text"], actors=[
            make.mention("Riverton court", 4, country="FRA", sector="GOV"),
        ])

    # TEST-ACT-3 gets no actor mentions at all: its two gold actors are misses.
    return {"TEST-ACT-1": villagers, "TEST-ACT-2": court}


def test_plover_actor_mentions(fixtures: Path, make: SimpleNamespace, fake_pipeline) -> None:
    report = run_eval("plover", fixtures / "plover_actors.json", fake_pipeline({s.ACTORS}, _plover_mentions(make)))
    coverage = field(report, "actor mention coverage")
    # Located: villagers, Eastvale army, The Riverton court, Protesters, the ministry (5);
    # "a trader from the coast" is not in its sentence; TEST-ACT-4's actor has no text.
    assert value(report, "actor mention coverage", "coverage") == pytest.approx(3 / 5)
    assert coverage.details == {"found": 3, "located": 5, "not located": 1}
    assert coverage.metrics[0].n == 3 and coverage.metrics[0].support == 5
    # Countries: "***" (Protesters) is no gold; found 3, right 2 (the army is DEU, not FRA).
    assert value(report, "actor mention country", "accuracy on found") == pytest.approx(2 / 3)
    assert value(report, "actor mention country", "accuracy on all gold") == pytest.approx(2 / 4)
    # Sectors: MILxyz reads MIL; the court is JUD, not GOV; Protesters and the ministry have none.
    assert value(report, "actor mention sector", "accuracy on found") == pytest.approx(2 / 3)
    assert value(report, "actor mention sector", "accuracy on all gold") == pytest.approx(2 / 3)
    metric = field(report, "actor mention country").metrics[0]
    assert metric.ci_low <= metric.value <= metric.ci_high
    for name in ("event type", "mode", "actor country", "actor sector"):
        assert field(report, name).status == "not yet measured"  # event fields need events


def test_plover_two_of_three_found(make: SimpleNamespace) -> None:
    from eventwire.eval.gold import GoldActor, PloverGold

    text = "Northland and Eastvale troops met Westvale envoys."
    gold = PloverGold(id="g", text=text, event="CONSULT", source_event="CONSULT", sources=(
        GoldActor("Northland", "NLD", "GOV"), GoldActor("Eastvale troops", "DEU", "MIL"),
    ), targets=(GoldActor("Westvale envoys", "FRA", "GOV"),))
    ex = make.extraction(text, actors=[
        make.mention("Northland", 0, country="NLD"),
        make.mention("troops", text.index("troops"), country="FRA"),
    ])
    assert s.plover_mention_coverage.observe(gold, ex) == (2, 3, 0)
    assert s.plover_mention_country.observe(gold, ex) == (1, 2, 3)  # accuracy on found 1/2
    assert s.plover_mention_sector.observe(gold, ex) == (0, 2, 3)
    assert s.plover_mention_coverage.observe(gold, make.extraction(text)) == (0, 3, 0)


def _ner_outputs(make: SimpleNamespace, with_events: bool) -> dict:
    def arrest(record: dict):
        text = record["text"]  # "Northland police arrested two Eastvale traders ."
        police = make.mention("Northland police", 0)
        traders = make.mention("Eastvale traders", text.index("Eastvale"), kind="agent")
        pronoun = make.mention("arrested", text.index("arrested"), kind="pronoun")  # never counted
        events = [make.event("COERCE", actors=[
            make.actor("source", police.text, police.start), make.actor("target", traders.text, traders.start),
        ])] if with_events else []
        return make.extraction(text, actors=[police, traders, pronoun], events=events)

    def aid(record: dict):
        text = record["text"]  # "The Riverton mayor handed aid to flood victims ."
        return make.extraction(text, actors=[
            make.mention("flood victims", text.index("flood"), kind="agent"),
            make.mention("aid", text.index("aid")),  # no gold span: a false positive
        ])

    def attack(record: dict):
        text = record["text"]  # "Rebels attacked a convoy ."; no actor mentions
        events = [make.event("ASSAULT", actors=[
            make.actor("source", "Rebels", 0), make.actor("target", "attacked", 7),
        ])] if with_events else []
        return make.extraction(text, events=events)

    return {"cameo_ner-1": arrest, "cameo_ner-2": aid, "cameo_ner-3": attack}


def test_conflibert_actor_spans(fixtures: Path, make: SimpleNamespace, fake_pipeline) -> None:
    fake = fake_pipeline(EVERYTHING, _ner_outputs(make, with_events=True))
    report = run_eval("conflibert_ner", fixtures / "cameo_ner.txt", fake)
    # Untyped: tp 3 (Northland police, Eastvale traders, flood victims), fp 1 (aid),
    # fn 5 (The, Riverton, mayor, Rebels, a convoy).
    assert value(report, "actor span", "precision") == pytest.approx(3 / 4)
    assert value(report, "actor span", "recall") == pytest.approx(3 / 8)
    assert value(report, "actor span", "F1") == pytest.approx(0.5)
    assert field(report, "actor span").metrics[0].support == 8
    # Sources: gold Northland police, The, mayor, Rebels; two found, none wrong.
    assert value(report, "source span", "precision") == 1.0
    assert value(report, "source span", "recall") == pytest.approx(2 / 4)
    # Targets: gold two Eastvale traders, Riverton, a convoy; "attacked" is wrong.
    assert value(report, "target span", "precision") == pytest.approx(1 / 2)
    assert value(report, "target span", "recall") == pytest.approx(1 / 3)


def test_actor_fields_without_the_actor_stage(fixtures: Path, fake_pipeline) -> None:
    fake = fake_pipeline({s.EVENTS, s.EVENT_ACTORS})
    ner = run_eval("conflibert_ner", fixtures / "cameo_ner.txt", fake)
    assert field(ner, "actor span").status == "not yet measured"
    assert field(ner, "actor span").missing == ["actors"] and field(ner, "actor span").metrics == []
    assert field(ner, "source span").status == "measured"  # events with no actors: recall 0
    assert value(ner, "source span", "recall") == 0.0
    plover = run_eval("plover", fixtures / "plover_actors.json", fake_pipeline({"article"}))
    assert plover.status == "not yet measured"
    for name in ("actor mention coverage", "actor mention country", "actor mention sector"):
        assert field(plover, name).status == "not yet measured"
        assert field(plover, name).missing == ["actors"]


def test_role_spans_wait_for_events(fixtures: Path, make: SimpleNamespace, fake_pipeline) -> None:
    fake = fake_pipeline({s.ACTORS}, _ner_outputs(make, with_events=False))
    report = run_eval("conflibert_ner", fixtures / "cameo_ner.txt", fake)
    assert report.status == "measured" and field(report, "actor span").status == "measured"
    for name in ("source span", "target span"):
        assert field(report, name).status == "not yet measured"
        assert field(report, name).missing == ["events", "events.actors"]
