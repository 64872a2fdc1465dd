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
