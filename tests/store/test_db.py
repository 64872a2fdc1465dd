"""The Store on real SQLite and PostgreSQL: writes, idempotency, reads."""

from __future__ import annotations

from dataclasses import replace

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from eventwire.model import InputError
from eventwire.store.db import Failed, Store, Stored, database_url
from eventwire.store.query import ActorKeys, EventFilter
from eventwire.store.rows import content_hash
from eventwire.store.schema import metadata

from .conftest import make_event, make_record

KALAMA = ("Kalama", 10.0, 20.0, "NGA", "Borno", 1)
NEAR_KALAMA = ("Kalama outskirts", 10.05, 20.05, "NGA", "Borno", 2)
YOLA = ("Yola", 9.2, 12.5, "NGA", "Adamawa", 1)


def stored(record):
    return Stored(content_hash(record), record.article.id, record)


def three_reports():
    """Three outlets on one attack, plus an unrelated protest."""
    return [
        make_record("a1", make_event(fatalities=12), source="Wire A", published="2024-03-04"),
        make_record("a2", make_event(place=NEAR_KALAMA, fatalities=15, actors=()), source="Wire B"),
        make_record("a3", make_event(fatalities=14, day="2024-03-05",
                                     actors=(("source", "BOKO HARAM", "REB"),)), source="Wire C",
                    published="2024-03-06"),
        make_record("b1", make_event("PROTEST", place=YOLA, acled="Protests",
                                     actors=(("source", "teachers", "EDU"),))),
    ]


def test_urls_map_to_drivers():
    assert database_url(None) == "sqlite:///eventwire.db"
    assert database_url("data/my.db") == "sqlite:///data/my.db"
    assert database_url("postgresql://u:p@h/db") == "postgresql+pg8000://u:p@h/db"
    assert database_url("postgres://u@h/db") == "postgresql+pg8000://u@h/db"


def test_migrations_match_the_schema(store):
    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), metadata)
    assert diff == []


def test_reopening_keeps_the_data(db_url):
    with Store(db_url) as first:
        first.write_batch(None, [stored(r) for r in three_reports()])
    with Store(db_url) as again:
        assert again.counts()["articles"] == 4


def test_writing_twice_adds_nothing(store):
    records = three_reports()
    first = store.write_batch(None, [stored(r) for r in records])
    second = store.write_batch(None, [stored(r) for r in records])
    assert (first.added, second.added, second.skipped) == (4, 0, 4)
    counts = store.counts()
    assert counts["articles"] == 4 and counts["events"] == 4
    assert store.known([content_hash(records[0]), "nope"]) == {content_hash(records[0])}


def test_three_reports_merge_into_one_event(store):
    store.write_batch(None, [stored(r) for r in three_reports()])
    assert store.count_merged() == 2
    (attack,) = store.list_merged(EventFilter(type="ASSAULT"))
    assert attack["report_count"] == 3 and attack["article_count"] == 3
    assert sorted(attack["outlets"]) == ["Wire A", "Wire B", "Wire C"]
    assert (attack["first_reported"], attack["last_reported"]) == ("2024-03-04", "2024-03-06")
    assert (attack["fatalities"], attack["fatalities_max"]) == (12, 15)
    full = store.get_merged(attack["id"])
    assert [r["article_id"] for r in full["reports"]] == ["a1", "a2", "a3"]
    anchor, second, third = (r["explanation"] for r in full["reports"])
    assert anchor == {"anchor": True}
    assert set(second["matched"]) == {"type", "date", "place", "actors"}
    assert "km apart" in second["matched"]["place"]
    assert "boko haram" in third["matched"]["actors"]
    # Per-article events stay available.
    assert store.count_events(EventFilter(merged_id=attack["id"])) == 3


def test_event_filters(store):
    store.write_batch(None, [stored(r) for r in three_reports()])
    count = store.count_events
    assert count() == 4
    assert count(EventFilter(type="PROTEST")) == 1
    assert count(EventFilter(type="Violence against civilians")) == 3
    assert count(EventFilter(admin1="Adamawa")) == 1
    assert count(EventFilter(country="nga")) == 4
    assert count(EventFilter(date_from="2024-03-05")) == 1
    assert count(EventFilter(date_to="2024-03-04")) == 3
    assert count(EventFilter(bbox=(19.0, 9.0, 21.0, 11.0))) == 3
    assert count(EventFilter(actor="BOKO")) == 2
    assert count(EventFilter(text="village")) == 4
    assert count(EventFilter(source="Wire B")) == 1
    assert count(EventFilter(article_id="b1")) == 1
    assert count(EventFilter(status="factual")) == 4
    assert count(EventFilter(status="negated")) == 0
    assert store.count_merged(EventFilter(actor="teachers")) == 1
    assert store.count_merged(EventFilter(admin1="Borno", type="ASSAULT")) == 1


def test_actor_substrings_resolve_to_keys_written_by_any_process(store, db_url, monkeypatch):
    store.write_batch(None, [stored(r) for r in three_reports()])
    assert store.resolve(EventFilter(actor="BOKO")).actor_keys == ("boko haram",)
    assert store.resolve(EventFilter(actor="nobody")).actor_keys == ()
    assert store.count_events(EventFilter(actor="nobody")) == 0
    # Another writer (here a second Store, as `eventwire ingest` would be)
    # adds an actor: the first store's key set is topped up, not stale.
    with Store(db_url) as other:
        other.write_batch(None, [stored(make_record("c1", make_event(
            "PROTEST", place=YOLA, acled="Protests", actors=(("source", "Farmers union", "AGR"),))))])
    assert store.count_events(EventFilter(actor="farmers")) == 1
    assert store.resolve(EventFilter(actor="farmers")).actor_keys == ("farmers union",)
    # Too many matching keys for an IN list: the substring scan answers the same.
    monkeypatch.setattr(ActorKeys, "MOST", 0)
    fresh = Store(db_url)
    assert fresh.resolve(EventFilter(actor="BOKO")).actor_keys is None
    assert fresh.count_events(EventFilter(actor="BOKO")) == 2
    fresh.close()


def test_common_actor_pages_match_listed_ones(store):
    store.write_batch(None, [stored(r) for r in three_reports()])
    paged = store.resolve(EventFilter(actor="a", type="ASSAULT"), paged=True)
    # Every key here is on far more than 2% of actor rows: pages probe each
    # event's actors in date order, counts list the actor's events.
    assert paged.actor_common and not store.resolve(EventFilter(actor="a")).actor_common
    listed = replace(paged, actor_common=False)
    assert [e["id"] for e in store.list_events(paged)] == [e["id"] for e in store.list_events(listed)]
    assert store.count_events(paged) == store.count_events(listed) == 2


def test_event_pages_and_details(store):
    store.write_batch(None, [stored(r) for r in three_reports()])
    page = store.list_events(limit=2)
    assert len(page) == 2 and page[0]["date_start"] >= page[1]["date_start"]
    assert store.list_events(limit=2, offset=3)[0]["id"] not in {p["id"] for p in page}
    # Filters that look into articles work beside the page's own join.
    assert [e["article_id"] for e in store.list_events(EventFilter(text="village", article_id="b1"))] == ["b1"]
    assert len(store.list_events(EventFilter(actor="teachers", text="Report a2"))) == 0
    assert [e["article_id"] for e in store.list_events(EventFilter(text="report A3"))] == ["a3"]
    one = store.get_event(page[0]["id"])
    assert one["record"]["type"] == one["type"] and one["article_id"]
    assert store.get_event(10_000) is None
    assert {a["name"] for e in store.list_events() for a in e["actors"]} >= {"Boko Haram", "teachers"}


def test_articles_actors_places(store):
    store.write_batch(None, [stored(r) for r in three_reports()])
    assert store.count_articles() == 4 and store.count_articles(source="Wire A") == 1
    assert "extraction" not in store.list_articles()[0]
    article = store.get_article("a1")
    assert article["record"]["article"]["id"] == "a1"
    assert store.get_article(article["id"])["article_id"] == "a1"
    actors = store.list_actors()
    assert actors[0]["name"] in {"Boko Haram", "boko haram"} and actors[0]["events"] == 2  # any case
    assert [a["name"] for a in store.list_actors(name="TEACH")] == ["teachers"]
    places = store.list_places(country="NGA")
    assert places[0]["location"] == "Kalama" and places[0]["events"] == 2


def test_negated_events_never_merge(store):
    records = [make_record("n1", make_event(negated=True)), make_record("n2", make_event())]
    store.write_batch(None, [stored(r) for r in records])
    assert store.count_merged() == 1
    assert store.count_events(EventFilter(status="negated")) == 1


def test_export_records_rebuilt(store):
    records = three_reports()
    store.write_batch(None, [stored(r) for r in records])
    rebuilt = list(store.iter_extractions())
    assert [r.model_dump() for r in rebuilt] == [r.model_dump() for r in records]
    protests = list(store.iter_extractions(EventFilter(type="PROTEST")))
    assert [r.article.id for r in protests] == ["b1"]
    unique = list(store.iter_extractions(dedup=True))
    assert sum(len(r.events) for r in unique) == 2


def test_failures_are_kept_and_counted(store):
    run = store.start_run(["x.jsonl"], ["language"])
    error = InputError(error="E006 bad json", code="E006", input="x.jsonl:3")
    store.write_batch(run, [], [Failed("input:x.jsonl:3", "x.jsonl:3", error)])
    store.write_batch(run, [], [Failed("input:x.jsonl:3", "x.jsonl:3", error)])
    (failure,) = store.list_failures()
    assert failure["attempts"] == 2 and failure["code"] == "E006"
    store.finish_run(run)
    (recorded,) = store.list_runs()
    assert recorded["status"] == "done" and recorded["failed"] == 2
    assert store.known(["input:x.jsonl:3"]) == {"input:x.jsonl:3"}


def test_an_old_database_is_upgraded(db_url):
    from alembic import command
    from alembic.config import Config
    from importlib.resources import files
    from sqlalchemy import inspect

    config = Config()
    config.set_main_option("script_location", str(files("eventwire.store") / "migrations"))
    old = Store(db_url, migrate=False)
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    assert "ix_events_country_date" not in {i["name"] for i in inspect(old.engine).get_indexes("events")}
    old.close()
    with Store(db_url) as store:
        assert "ix_events_country_date" in {i["name"] for i in inspect(store.engine).get_indexes("events")}
        with store.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), metadata) == []


def test_candidate_box_covers_the_distance():
    from eventwire.store.db import near_box
    from eventwire.store.dedup import distance_km, report_of

    record = make_record("x", make_event())
    box = near_box(report_of(record.events[0], record, 1), 25.0)
    assert distance_km(10.0, 20.0, box["b_north"], 20.0) > 25.0
    assert distance_km(10.0, 20.0, 10.0, box["b_east"]) > 25.0
    assert distance_km(10.0, 20.0, box["b_north"], 20.0) < 26.0
    province = make_record("y", make_event(place=("Borno", 11.5, 13.0, "NGA", "Borno", 3)))
    assert near_box(report_of(province.events[0], province, 2), 25.0) is None
