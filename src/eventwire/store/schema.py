"""The store's tables, one schema for SQLite and PostgreSQL.

Each article's whole extraction is kept as JSON (`articles.extraction`) so
any exporter can rebuild the exact records; the other tables are normalised
copies of what queries filter on (event type, dates, places, actors,
status), indexed for them. `merged_events` holds the real-world events that
cross-article dedup found; `reports` links each per-article event to its
merged event with the explanation of the match.

Changing a table here needs a new Alembic revision in `migrations/versions`
(a test compares the two).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
)

metadata = MetaData()

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    # running | done | failed; a run killed mid-way stays "running".
    Column("status", String(16), nullable=False),
    Column("inputs", Text, nullable=False),  # JSON list of paths
    Column("stages", Text, nullable=False),  # JSON list of stage names
    Column("added", Integer, nullable=False, default=0),
    Column("skipped", Integer, nullable=False, default=0),
    Column("failed", Integer, nullable=False, default=0),
)

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True),
    # sha256 of the article id and text: the idempotency key.
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("article_id", String(255), nullable=False, index=True),
    Column("title", Text),
    Column("source", String(255), index=True),
    Column("url", Text),
    Column("published", String(10), index=True),
    Column("lang", String(16)),
    Column("input", Text),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("ingested_at", String(32), nullable=False),
    Column("event_count", Integer, nullable=False, default=0),
    Column("extraction", Text, nullable=False),  # the Extraction as JSON
)

merged_events = Table(
    "merged_events", metadata,
    Column("id", Integer, primary_key=True),
    Column("type", String(16), nullable=False, index=True),
    Column("acled_event_type", String(64)),
    # The anchor report's date interval and place: candidates are matched
    # against these, so a cluster cannot drift by chaining.
    Column("date_start", String(10), index=True),
    Column("date_end", String(10)),
    Column("country", String(3), index=True),
    Column("admin1", String(255), index=True),
    Column("location", String(255)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geo_precision", Integer),
    Column("actors", Text, nullable=False),  # JSON list of actor names, all reports
    Column("sectors", Text, nullable=False),  # JSON list of "role:sector", all reports
    Column("named", Text, nullable=False),  # JSON list of "role:canonical name", all reports
    Column("outlets", Text, nullable=False),  # JSON list of sources
    Column("report_count", Integer, nullable=False),
    Column("article_count", Integer, nullable=False),
    Column("first_reported", String(10)),
    Column("last_reported", String(10)),
    # ACLED keeps the most conservative figure; the highest is kept too.
    Column("fatalities", Integer, nullable=False, default=0),
    Column("fatalities_max", Integer, nullable=False, default=0),
    Column("anchor_event_id", Integer),
    # The dedup candidate query: one country, a date range (migration 0002).
    Index("ix_merged_events_country_date", "country", "date_start"),
)

# The status flags, kept in the covering indexes so status filters need no row reads.
STATUS_COLUMNS = ("negated", "hypothetical", "future", "historical", "attempted")

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_pk", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("event_id", String(255), nullable=False),
    Column("position", Integer, nullable=False),  # salience order in the article
    Column("type", String(16), nullable=False, index=True),
    Column("mode", String(64)),
    Column("acled_event_type", String(64), index=True),
    Column("acled_sub_event_type", String(128)),
    Column("cameo_root", String(4)),
    Column("quad_class", Integer),
    Column("date_start", String(10), index=True),
    Column("date_end", String(10)),
    Column("date_value", String(16)),
    Column("date_precision", String(8)),
    Column("published", String(10)),
    Column("source", String(255)),
    Column("location", String(255)),
    Column("geonameid", Integer),
    Column("country", String(3), index=True),
    Column("admin1", String(255), index=True),
    Column("admin2", String(255)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geo_precision", Integer),
    Column("fatalities", Integer, nullable=False, default=0),
    Column("injured", Integer),
    Column("arrested", Integer),
    Column("negated", Boolean, nullable=False, default=False),
    Column("hypothetical", Boolean, nullable=False, default=False),
    Column("future", Boolean, nullable=False, default=False),
    Column("historical", Boolean, nullable=False, default=False),
    Column("attempted", Boolean, nullable=False, default=False),
    Column("confidence", Float, nullable=False),
    Column("trigger", String(255)),
    Column("evidence", Text),
    Column("speaker", String(255)),
    Column("merged_id", Integer, ForeignKey("merged_events.id"), index=True),
    Index("ix_events_lat_lon", "lat", "lon"),
    Index("ix_events_place", "location", "country", "admin1"),
    # Pages by country, type or both, sorted by date, and the counts behind
    # them (date range, status) answered from the index alone (migration 0005).
    Index("ix_events_country_date", "country", "date_start", "date_end", *STATUS_COLUMNS),
    Index("ix_events_type_date", "type", "date_start", "date_end", *STATUS_COLUMNS),
    Index("ix_events_country_type_date", "country", "type", "date_start", "date_end", *STATUS_COLUMNS),
    Index("ix_events_dates", "date_start", "date_end", *STATUS_COLUMNS),
)

event_actors = Table(
    "event_actors", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_pk", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("role", String(8), nullable=False),
    Column("text", Text, nullable=False),
    Column("name", String(255), index=True),
    Column("country", String(3)),
    Column("sector", String(16)),
    Column("acled_inter", Integer),
    # The name (or text) in lower case: what actor filters match (migration 0003).
    Column("key", String(255)),
    Index("ix_event_actors_key_event", "key", "event_pk"),
)

places = Table(
    "places", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_pk", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("name", String(255), index=True),
    Column("geonameid", Integer),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String(3), index=True),
    Column("admin1", String(255)),
    Column("admin2", String(255)),
    Column("feature", String(16)),
    Column("precision", Integer),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_pk", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("speaker", String(255), index=True),
    Column("speaker_text", Text),
    Column("anonymous", Boolean, nullable=False, default=False),
    Column("cue", String(255)),
    Column("content", Text, nullable=False),
    Column("direct", Boolean, nullable=False),
    Column("date", String(10)),
)

# One row per report of a merged event: which per-article event, from which
# article, and why it was merged (the fields that matched, as JSON).
reports = Table(
    "reports", metadata,
    Column("id", Integer, primary_key=True),
    Column("merged_id", Integer, ForeignKey("merged_events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("event_pk", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False, unique=True),
    Column("article_pk", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("explanation", Text, nullable=False),
)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True),
    # The content hash when the article was read, else "input:<name>".
    Column("key", String(512), nullable=False, unique=True),
    Column("input", Text, nullable=False),
    Column("code", String(8), nullable=False, index=True),
    Column("error", Text, nullable=False),
    Column("article", Text),  # the Article as JSON, when it was read: retried from it
    Column("attempts", Integer, nullable=False, default=1),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("failed_at", String(32), nullable=False),
)
