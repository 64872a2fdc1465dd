"""Timeline buckets: every period between the first and last event, gaps as zero."""

from datetime import date

from eventwire.serve.queries import choose_bucket, fill


def test_bucket_width_follows_the_span():
    assert choose_bucket(date(2024, 1, 1), date(2024, 2, 1)) == "day"
    assert choose_bucket(date(2020, 1, 1), date(2024, 2, 1)) == "month"
    assert choose_bucket(date(1990, 1, 1), date(2024, 2, 1)) == "year"


def test_months_are_filled_across_a_year_end():
    buckets = fill({"2023-11": 2, "2024-02": 5}, "month", "2023-11-14", "2024-02-03")
    assert [(b["label"], b["count"]) for b in buckets] == [
        ("2023-11", 2), ("2023-12", 0), ("2024-01", 0), ("2024-02", 5)]
    assert buckets[3]["start"] == "2024-02-01" and buckets[3]["end"] == "2024-02-29"


def test_days_and_years():
    assert [b["label"] for b in fill({}, "day", "2024-02-28", "2024-03-01")] == [
        "2024-02-28", "2024-02-29", "2024-03-01"]
    assert [b["end"] for b in fill({}, "year", "2023-05-01", "2024-01-01")] == ["2023-12-31", "2024-12-31"]


def test_page_totals_are_cached_until_events_are_written(tmp_path):
    from fastapi.testclient import TestClient

    from eventwire.serve.app import create_app
    from eventwire.serve.settings import ServeSettings
    from eventwire.store.db import Store, Stored
    from eventwire.store.rows import content_hash

    from .fixtures import all_records, build_store, tbilisi_record

    store = build_store(tmp_path / "events.db")
    counted = []
    count_events = store.count_events
    store.count_events = lambda query=None: counted.append(query) or count_events(query)
    with TestClient(create_app(ServeSettings(), store)) as client:
        def total(**params):
            return client.get("/api/v1/events", params=params).json()["total"]

        before = total(country="GEO")
        assert total(country="GEO") == before and len(counted) == 1  # the second came from the cache
        # Another process (a second Store on the same file) adds an event.
        record = tbilisi_record()
        record.article.id, record.article.text = "tbilisi-2", record.article.text + " "
        with Store(tmp_path / "events.db") as other:
            other.write_batch(None, [Stored(content_hash(record), "test", record)])
        assert total(country="GEO") == before + 1 and len(counted) == 2
        assert total() == len([e for r in all_records() for e in r.events]) + 1
    store.close()
