"""`Store`: the one object that owns the database.

SQLite (a file, no server) by default, PostgreSQL by URL; one schema, kept
up to date by Alembic migrations on open. Every write goes through a
`Store` method, each in one transaction, so a run killed at any moment
leaves only whole batches behind. Reads return plain dicts (JSON-ready)
and lists of them; their keys are documented in docs/store.md and stable.
"""

from __future__ import annotations

import json
import math
import threading
from datetime import timedelta
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from importlib.resources import files
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection, Engine, RowMapping, and_, bindparam, create_engine, delete, distinct, event, func, insert,
    or_, select, update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from ..errors import Errors
from ..model import Extraction, InputError
from ..registry import stores
from .dedup import (
    EARTH_RADIUS_KM, Cluster, DedupSettings, Report, best_match, mergeable, parse_day, report_of,
)
from .query import ActorKeys, EventFilter, event_conditions, like_pattern, merged_conditions
from .rows import actor_rows, article_row, event_row, now, place_rows, quote_rows
from .schema import (
    articles, event_actors, events, failures, merged_events, places, quotes, reports, runs,
)

DEFAULT_URL = "sqlite:///eventwire.db"
# Keys ("IN (...)" lists) per statement: far below SQLite's and PG's limits.
CHUNK = 500


class StoreError(RuntimeError):
    """The database cannot be opened or used."""


def database_url(url: str | Path | None) -> str:
    """Turn what a user gives into an SQLAlchemy URL.

    A plain path is an SQLite file; `postgresql://` and `postgres://` URLs
    use the bundled pure-Python driver (pg8000). None is `eventwire.db` in
    the current folder.
    """
    if url is None:
        return DEFAULT_URL
    text = str(url)
    if "://" not in text:
        return f"sqlite:///{text}"
    for scheme in ("postgresql://", "postgres://"):
        if text.startswith(scheme):
            return "postgresql+pg8000://" + text[len(scheme):]
    return text


def make_engine(url: str, *, writer: bool = False) -> Engine:
    """An engine with the settings each backend needs for ingest and serving.

    With `writer`, SQLite transactions begin IMMEDIATE: they take the write
    lock first (waiting up to the busy timeout), so a transaction that
    reads and then writes never finds its snapshot stale when another
    process wrote meanwhile.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_size=10, max_overflow=40, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    size = {"pool_size": 1, "max_overflow": 1} if writer else {"pool_size": 10, "max_overflow": 40}
    engine = create_engine(url, connect_args={"timeout": 60}, **size)
    event.listen(engine, "connect", sqlite_pragmas)
    if writer:
        event.listen(engine, "connect", manual_transactions)
        event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN IMMEDIATE"))
    return engine


def manual_transactions(connection, _record) -> None:
    """Let SQLAlchemy issue BEGIN itself (the sqlite3 module would defer it)."""
    connection.isolation_level = None


def sqlite_pragmas(connection, _record) -> None:
    """WAL lets readers run beside the one writer; foreign keys cascade."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=60000")
    # Reads through a memory map and a larger page cache: a read-heavy API
    # otherwise spends much of its time in read() system calls, one per page.
    cursor.execute("PRAGMA mmap_size=268435456")
    cursor.execute("PRAGMA cache_size=-32000")
    cursor.close()


@dataclass
class Stored:
    """One processed article waiting to be written."""

    key: str  # content hash
    input: str | None
    extraction: Extraction


@dataclass
class Failed:
    """One input that failed, waiting to be written."""

    key: str  # content hash, or "input:<name>" when it was never read
    input: str
    error: InputError
    article: str | None = None  # the Article as JSON, to retry from


@dataclass
class BatchResult:
    """What one `Store.write_batch` changed."""

    added: int = 0
    skipped: int = 0
    failed: int = 0
    merged: int = 0  # events that joined an existing merged event
    new_keys: list[str] = field(default_factory=list)


class SQL:
    """The write path's statements, built once: their parameters travel
    separately, so SQLAlchemy compiles each statement once, not per row."""

    insert_article = insert(articles)
    insert_events = insert(events).returning(events.c.id, sort_by_parameter_order=True)
    insert_actors = insert(event_actors)
    insert_merged = insert(merged_events)
    insert_report = insert(reports)
    set_anchor = (update(merged_events).where(merged_events.c.id == bindparam("b_merged"))
                  .values(anchor_event_id=bindparam("b_event")))
    grow_merged = update(merged_events).where(merged_events.c.id == bindparam("b_id")).values(
        report_count=merged_events.c.report_count + 1,
        article_count=merged_events.c.article_count + 1,
        outlets=bindparam("b_outlets"), actors=bindparam("b_actors"), sectors=bindparam("b_sectors"),
        named=bindparam("b_named"), first_reported=bindparam("b_first"), last_reported=bindparam("b_last"),
        fatalities=bindparam("b_fatalities"), fatalities_max=bindparam("b_fatalities_max"))
    candidates = select(merged_events).where(
        merged_events.c.date_start >= bindparam("b_low"), merged_events.c.date_start <= bindparam("b_high"),
        or_(merged_events.c.type == bindparam("b_type"),
            merged_events.c.acled_event_type == bindparam("b_acled")))
    # Different countries never match, so a located report looks only in
    # its own country (and at merged events with none).
    candidates_in_country = candidates.where(or_(
        merged_events.c.country == bindparam("b_country"), merged_events.c.country.is_(None)))
    # A report located to a town can only match anchors within the distance
    # (a box around it) or anchors known only to their province.
    _near = or_(
        and_(merged_events.c.lat.between(bindparam("b_south"), bindparam("b_north")),
             merged_events.c.lon.between(bindparam("b_west"), bindparam("b_east"))),
        merged_events.c.lat.is_(None), merged_events.c.geo_precision >= 3)
    candidates_near = candidates.where(_near)
    candidates_near_in_country = candidates_in_country.where(_near)


@stores.register("eventwire.sql.v1")
class Store:
    """An eventwire database: SQLite file or PostgreSQL server.

    Args:
        url: an SQLAlchemy URL, `postgresql://...`, a file path, or None
            for `eventwire.db` here.
        dedup: cross-article dedup thresholds (default: built-in defaults).
        migrate: bring the schema up to date on open (Alembic).

    Raises:
        StoreError: the database cannot be reached or migrated.
    """

    def __init__(self, url: str | Path | None = None, *, dedup: DedupSettings | None = None,
                 migrate: bool = True) -> None:
        self.url = database_url(url)
        self.engine = make_engine(self.url)  # reads: a pool, shared by threads
        # Writes, one at a time per process (the lock) and per database.
        self.writer = make_engine(self.url, writer=True) if self.backend == "sqlite" else self.engine
        self.dedup = dedup or DedupSettings()
        self._write_lock = threading.Lock()
        self._actor_keys = ActorKeys()
        if migrate:
            self.migrate()

    @property
    def backend(self) -> str:
        """The database kind: "sqlite" or "postgresql"."""
        return self.engine.dialect.name

    def migrate(self) -> None:
        """Create or upgrade the tables (Alembic `upgrade head`)."""
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(files("eventwire.store") / "migrations"))
        try:
            with self._write_lock, self.writer.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except Exception as error:
            raise StoreError("E100 " + Errors.E100.format(url=self.safe_url, reason=error)) from error

    @property
    def safe_url(self) -> str:
        """The URL with any password hidden."""
        return make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()
        self.writer.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ---- writes -------------------------------------------------------

    def start_run(self, inputs: Sequence[str], stages: Sequence[str]) -> int:
        """Record the start of an ingest run; return its id."""
        row = {"started_at": now(), "status": "running", "inputs": json.dumps(list(inputs)),
               "stages": json.dumps(list(stages)), "added": 0, "skipped": 0, "failed": 0}
        with self._write_lock, self.writer.begin() as connection:
            return connection.execute(insert(runs).values(row)).inserted_primary_key[0]

    def finish_run(self, run_id: int, status: str = "done") -> None:
        """Mark a run finished."""
        with self._write_lock, self.writer.begin() as connection:
            connection.execute(update(runs).where(runs.c.id == run_id)
                               .values(status=status, finished_at=now()))

    def known(self, keys: Iterable[str], *, failed: bool = True) -> set[str]:
        """Which of `keys` are stored already (as articles, or as failures)."""
        keys = list(dict.fromkeys(keys))
        found: set[str] = set()
        with self.engine.connect() as connection:
            for start in range(0, len(keys), CHUNK):
                chunk = keys[start:start + CHUNK]
                found.update(connection.scalars(
                    select(articles.c.content_hash).where(articles.c.content_hash.in_(chunk))))
                if failed:
                    found.update(connection.scalars(select(failures.c.key).where(failures.c.key.in_(chunk))))
        return found

    def write_batch(self, run_id: int | None, stored: Sequence[Stored],
                    failed: Sequence[Failed] = (), skipped: int = 0,
                    resolved: Sequence[str] = ()) -> BatchResult:
        """Write a batch of articles and failures in one transaction.

        Articles already stored (by content hash) are skipped, so writing a
        batch twice adds nothing. Each new event is deduplicated against
        the merged events of its date window. A stored article clears its
        earlier failure; `resolved` names failure keys a retry replaced.
        """
        for attempt in range(3):
            try:
                return self._write_batch(run_id, stored, failed, skipped, resolved)
            except IntegrityError:
                # Another process stored one of these articles meanwhile:
                # the retry sees it as present and skips it.
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _write_batch(self, run_id: int | None, stored: Sequence[Stored], failed: Sequence[Failed],
                     skipped: int, resolved: Sequence[str]) -> BatchResult:
        """One attempt at `write_batch`, in one transaction."""
        result = BatchResult(skipped=skipped)
        with self._write_lock, self.writer.begin() as connection:
            present = set(connection.scalars(select(articles.c.content_hash).where(
                articles.c.content_hash.in_([s.key for s in stored]))))
            for item in stored:
                if item.key in present:
                    result.skipped += 1
                    continue
                present.add(item.key)
                result.merged += self._add_article(connection, run_id, item)
                result.added += 1
                result.new_keys.append(item.key)
            cleared = result.new_keys + list(resolved)
            if cleared:
                connection.execute(delete(failures).where(failures.c.key.in_(cleared)))
            for failure in failed:
                self._add_failure(connection, run_id, failure)
                result.failed += 1
            if run_id is not None:
                connection.execute(update(runs).where(runs.c.id == run_id).values(
                    added=runs.c.added + result.added, skipped=runs.c.skipped + result.skipped,
                    failed=runs.c.failed + result.failed))
        return result

    def _add_article(self, connection: Connection, run_id: int | None, item: Stored) -> int:
        """Insert one article with its events, places and quotes; dedup its events.

        Events are matched first, so each is inserted already linked to its
        merged event; the links and new anchors are then written in bulk.
        """
        extraction = item.extraction
        article_pk = connection.execute(
            SQL.insert_article, article_row(extraction, item.key, item.input, run_id)).inserted_primary_key[0]
        merged = 0
        if extraction.events:
            rows = [event_row(found, position, extraction, article_pk)
                    for position, found in enumerate(extraction.events)]
            links: list[tuple[int, dict[str, Any]] | None] = []
            joined: set[int] = set()  # merged events this article already reports
            for found, row in zip(extraction.events, rows):
                report = report_of(found, extraction, article_pk)
                link = self._dedup(connection, report, extraction, joined) if report.factual else None
                row["merged_id"] = link[0] if link else None
                merged += bool(link and not link[1]["anchor"])
                links.append(link)
            event_pks = list(connection.scalars(SQL.insert_events, rows))
            self._link(connection, article_pk, event_pks, links)
            actor_values = [row for found, pk in zip(extraction.events, event_pks)
                            for row in actor_rows(found, pk)]
            if actor_values:
                connection.execute(SQL.insert_actors, actor_values)
        for table, values in ((places, place_rows(extraction, article_pk)),
                              (quotes, quote_rows(extraction, article_pk))):
            if values:
                connection.execute(insert(table), values)
        return merged

    def _dedup(self, connection: Connection, report: Report, extraction: Extraction,
               joined: set[int]) -> tuple[int, dict[str, Any]]:
        """Find (or start) the merged event a report belongs to.

        `joined` holds the merged events this article reports already (an
        article is stored in one go, so no other can): it gains this one.

        Returns:
            The merged event's id and the explanation of the link.
        """
        article = extraction.article
        candidates = self._candidates(connection, report, joined) if mergeable(report) else []
        found = best_match(report, candidates, self.dedup)
        if found is None:
            merged_id = connection.execute(SQL.insert_merged, new_merged_row(
                report, None, article.source, article.published)).inserted_primary_key[0]
            explanation: dict[str, Any] = {"anchor": True}
        else:
            cluster, verdict = found
            merged_id = cluster.key
            self._grow(connection, cluster.row, report, article.source, article.published)
            explanation = {"anchor": False, "compared_with_event": cluster.anchor_event,
                           "matched": verdict.matched, "score": round(verdict.score, 3)}
        joined.add(merged_id)
        return merged_id, explanation

    def _link(self, connection: Connection, article_pk: int, event_pks: list[int],
              links: list[tuple[int, dict[str, Any]] | None]) -> None:
        """Write the report rows of an article's events and the anchors they start."""
        report_rows, anchors = [], []
        for event_pk, link in zip(event_pks, links):
            if link is None:
                continue
            merged_id, explanation = link
            report_rows.append({"merged_id": merged_id, "event_pk": event_pk, "article_pk": article_pk,
                                "explanation": json.dumps(explanation)})
            if explanation["anchor"]:
                anchors.append({"b_merged": merged_id, "b_event": event_pk})
        if report_rows:
            connection.execute(SQL.insert_report, report_rows)
        if anchors:
            connection.execute(SQL.set_anchor, anchors)

    def _candidates(self, connection: Connection, report: Report, joined: set[int]) -> list[Cluster]:
        """Merged events of the report's type in its date window (and country,
        when known): an indexed range scan, never all pairs."""
        if report.start is None or report.end is None:
            return []
        reach = timedelta(days=self.dedup.date_window_days + self.dedup.max_date_span_days)
        params = {"b_low": (report.start - reach).isoformat(), "b_high": (report.end + reach).isoformat(),
                  "b_type": report.type, "b_acled": report.acled, "b_country": report.country}
        statement = SQL.candidates_in_country if report.country else SQL.candidates
        box = near_box(report, self.dedup.distance_km)
        if box is not None:
            statement = SQL.candidates_near_in_country if report.country else SQL.candidates_near
            params.update(box)
        rows = connection.execute(statement, params).mappings().all()
        return [cluster_of(row, report.article if row["id"] in joined else None) for row in rows]

    def _grow(self, connection: Connection, row: RowMapping, report: Report, source: str | None,
              published: str | None) -> None:
        """Add one report's article, outlet, actors and figures to a merged event
        (`row`, as the candidate query read it in this transaction)."""
        merged_id = row["id"]
        fatalities = report.fatalities
        outlets = json.loads(row["outlets"])
        if source and source not in outlets:
            outlets.append(source)
        figures = [f for f in (row["fatalities"], fatalities) if f]
        reported = [d for d in (row["first_reported"], row["last_reported"], published) if d]
        connection.execute(SQL.grow_merged, {
            "b_id": merged_id, "b_outlets": json.dumps(outlets),
            "b_actors": json.dumps(sorted(set(json.loads(row["actors"])) | report.actors)),
            "b_sectors": json.dumps(sorted(set(json.loads(row["sectors"])) | report.sectors)),
            "b_named": json.dumps(sorted(set(json.loads(row["named"])) | report.named)),
            "b_first": min(reported) if reported else None,
            "b_last": max(reported) if reported else None,
            "b_fatalities": min(figures) if figures else 0,
            "b_fatalities_max": max(row["fatalities_max"], fatalities),
        })

    def _add_failure(self, connection: Connection, run_id: int | None, failure: Failed) -> None:
        """Record a failure, or count one more attempt at a known one."""
        values = {"input": failure.input, "code": failure.error.code, "error": failure.error.error,
                  "article": failure.article, "run_id": run_id, "failed_at": now()}
        changed = connection.execute(update(failures).where(failures.c.key == failure.key).values(
            attempts=failures.c.attempts + 1, **values)).rowcount
        if not changed:
            connection.execute(insert(failures).values(key=failure.key, attempts=1, **values))

    def failures_to_retry(self) -> Iterator[dict[str, Any]]:
        """Every stored failure, oldest first, in pages (memory stays flat)."""
        last = 0
        while True:
            with self.engine.connect() as connection:
                page = connection.execute(select(failures).where(failures.c.id > last)
                                          .order_by(failures.c.id).limit(CHUNK)).mappings().all()
            if not page:
                return
            for row in page:
                yield dict(row)
            last = page[-1]["id"]

    # ---- reads ----------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per table: articles, events, merged_events, actors, places, quotes, runs, failures."""
        tables = {"articles": articles, "events": events, "merged_events": merged_events,
                  "actors": event_actors, "places": places, "quotes": quotes,
                  "reports": reports, "runs": runs, "failures": failures}
        with self.engine.connect() as connection:
            return {name: connection.scalar(select(func.count()).select_from(table))
                    for name, table in tables.items()}

    def resolve(self, query: EventFilter | None, *, paged: bool = False) -> EventFilter:
        """`query` with its actor substring looked up as exact actor keys (see
        `ActorKeys`); every read below resolves its filter first.

        Args:
            query: the filter.
            paged: the read walks events in date order for one page, so a
                common actor is best checked event by event (`actor_common`);
                counts and exports list the actor's events instead.
        """
        query = query or EventFilter()
        if not query.actor or query.actor_keys is not None:
            return query
        with self.engine.connect() as connection:
            keys, common = self._actor_keys.resolve(connection, query.actor)
        return replace(query, actor_keys=keys, actor_common=paged and common)

    def version(self) -> int:
        """A number that grows whenever events are written, by this process or
        another: events are only ever inserted, so their largest id is enough
        to tell whether a cached count is stale."""
        with self.engine.connect() as connection:  # plain SQL: asked on every API page
            return connection.exec_driver_sql("SELECT max(id) FROM events").scalar() or 0

    def count_events(self, query: EventFilter | None = None) -> int:
        """How many per-article events match `query`."""
        query = self.resolve(query)
        if query.actor_keys and replace(query, actor=None, actor_keys=None).is_empty():
            # An actor alone: count its events from the (key, event) index
            # instead of listing them to probe every event (~1.5 ms, not ~14,
            # for an actor on 25,000 of 100,000 events).
            statement = select(func.count(distinct(event_actors.c.event_pk))).where(
                event_actors.c.key.in_(query.actor_keys))
        else:
            statement = select(func.count()).select_from(events).where(*event_conditions(query))
        with self.engine.connect() as connection:
            return connection.scalar(statement)

    def list_events(self, query: EventFilter | None = None, *, limit: int = 50,
                    offset: int = 0) -> list[dict[str, Any]]:
        """Per-article events matching `query`, latest date first, one page.

        Each dict has the `events` columns plus `article_id`, `title`, `url`
        and `actors` (a list of actor dicts).
        """
        statement = (select(events, articles.c.article_id, articles.c.title, articles.c.url)
                     .join(articles, articles.c.id == events.c.article_pk)
                     .where(*event_conditions(self.resolve(query, paged=True)))
                     .order_by(events.c.date_start.desc().nulls_last(), events.c.id.desc())
                     .limit(limit).offset(offset))
        with self.engine.connect() as connection:
            rows = [dict(row) for row in connection.execute(statement).mappings()]
            attach_actors(connection, rows)
        return rows

    def get_event(self, event_id: int) -> dict[str, Any] | None:
        """One per-article event by its store id, with actors and the full Event record."""
        statement = (select(events, articles.c.article_id, articles.c.title, articles.c.url,
                            articles.c.extraction)
                     .join(articles, articles.c.id == events.c.article_pk).where(events.c.id == event_id))
        with self.engine.connect() as connection:
            row = connection.execute(statement).mappings().first()
            if row is None:
                return None
            found = dict(row)
            attach_actors(connection, [found])
        extraction = json.loads(found.pop("extraction"))
        found["record"] = extraction["events"][found["position"]]
        return found

    def count_merged(self, query: EventFilter | None = None) -> int:
        """How many merged (real-world) events match `query`."""
        conditions = merged_conditions(self.resolve(query))
        with self.engine.connect() as connection:
            return connection.scalar(select(func.count()).select_from(merged_events).where(*conditions))

    def list_merged(self, query: EventFilter | None = None, *, limit: int = 50,
                    offset: int = 0, min_reports: int = 1) -> list[dict[str, Any]]:
        """Merged events matching `query`, latest first, one page.

        Each dict has the `merged_events` columns, with `actors`, `sectors`
        and `outlets` decoded to lists.
        """
        statement = (select(merged_events).where(*merged_conditions(self.resolve(query)))
                     .order_by(merged_events.c.date_start.desc().nulls_last(), merged_events.c.id.desc())
                     .limit(limit).offset(offset))
        if min_reports > 1:
            statement = statement.where(merged_events.c.report_count >= min_reports)
        with self.engine.connect() as connection:
            return [merged_dict(row) for row in connection.execute(statement).mappings()]

    def get_merged(self, merged_id: int) -> dict[str, Any] | None:
        """One merged event with its `reports`: each report's event id, article,
        outlet, published date and the explanation of its merge."""
        with self.engine.connect() as connection:
            row = connection.execute(select(merged_events).where(merged_events.c.id == merged_id)).mappings().first()
            if row is None:
                return None
            found = merged_dict(row)
            statement = (select(reports.c.event_pk.label("event"), articles.c.article_id,
                                articles.c.title, articles.c.source, articles.c.published, articles.c.url,
                                events.c.fatalities, events.c.trigger, reports.c.explanation)
                         .join(articles, articles.c.id == reports.c.article_pk)
                         .join(events, events.c.id == reports.c.event_pk)
                         .where(reports.c.merged_id == merged_id).order_by(articles.c.published, reports.c.id))
            found["reports"] = []
            for report in connection.execute(statement).mappings():
                report = dict(report)
                report["explanation"] = json.loads(report["explanation"])
                found["reports"].append(report)
        return found

    def count_articles(self, source: str | None = None) -> int:
        """How many articles are stored (from one outlet, if given)."""
        statement = select(func.count()).select_from(articles)
        if source:
            statement = statement.where(articles.c.source == source)
        with self.engine.connect() as connection:
            return connection.scalar(statement)

    def list_articles(self, *, limit: int = 50, offset: int = 0,
                      source: str | None = None) -> list[dict[str, Any]]:
        """Stored articles, newest publication first, without their text."""
        columns = [c for c in articles.c if c.name != "extraction"]
        statement = (select(*columns).order_by(articles.c.published.desc().nulls_last(), articles.c.id.desc())
                     .limit(limit).offset(offset))
        if source:
            statement = statement.where(articles.c.source == source)
        with self.engine.connect() as connection:
            return [dict(row) for row in connection.execute(statement).mappings()]

    def get_article(self, article_id: str | int) -> dict[str, Any] | None:
        """One article by its input id (str) or store id (int), with its
        whole extraction as `record` (the contract's JSON object)."""
        column = articles.c.id if isinstance(article_id, int) else articles.c.article_id
        with self.engine.connect() as connection:
            row = connection.execute(select(articles).where(column == article_id)).mappings().first()
        if row is None:
            return None
        found = dict(row)
        found["record"] = json.loads(found.pop("extraction"))
        return found

    def list_actors(self, *, limit: int = 50, offset: int = 0, name: str | None = None) -> list[dict[str, Any]]:
        """Actors by how many events they take part in: name, country, sector, events.

        Actors are grouped by their lower-cased name (or text); `name` keeps
        those containing it, in any case.
        """
        key = event_actors.c.key
        count = func.count(func.distinct(event_actors.c.event_pk))
        statement = (select(func.max(func.coalesce(event_actors.c.name, event_actors.c.text)).label("name"),
                            func.max(event_actors.c.country).label("country"),
                            func.max(event_actors.c.sector).label("sector"), count.label("events"))
                     .group_by(key).order_by(count.desc(), key).limit(limit).offset(offset))
        if name:
            statement = statement.where(key.like(like_pattern(name.lower()), escape="\\"))
        with self.engine.connect() as connection:
            return [dict(row) for row in connection.execute(statement).mappings()]

    def list_places(self, *, limit: int = 50, offset: int = 0, country: str | None = None) -> list[dict[str, Any]]:
        """Event places by how many events happened there: location, country,
        admin1, lat, lon, events."""
        statement = (select(events.c.location, events.c.country, events.c.admin1,
                            func.avg(events.c.lat).label("lat"), func.avg(events.c.lon).label("lon"),
                            func.count().label("events"))
                     .where(events.c.location.is_not(None))
                     .group_by(events.c.location, events.c.country, events.c.admin1)
                     .order_by(func.count().desc(), events.c.location).limit(limit).offset(offset))
        if country:
            statement = statement.where(events.c.country == country.upper())
        with self.engine.connect() as connection:
            return [dict(row) for row in connection.execute(statement).mappings()]

    def list_runs(self, *, limit: int = 20) -> list[dict[str, Any]]:
        """Ingest runs, latest first."""
        with self.engine.connect() as connection:
            rows = connection.execute(select(runs).order_by(runs.c.id.desc()).limit(limit)).mappings()
            return [dict(row) | {"inputs": json.loads(row["inputs"]), "stages": json.loads(row["stages"])}
                    for row in rows]

    def list_failures(self, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Stored failures (without the article JSON), latest first."""
        columns = [c for c in failures.c if c.name != "article"]
        with self.engine.connect() as connection:
            rows = connection.execute(select(*columns).order_by(failures.c.id.desc())
                                      .limit(limit).offset(offset)).mappings()
            return [dict(row) for row in rows]

    def iter_extractions(self, query: EventFilter | None = None, *, dedup: bool = False,
                         page: int = 200) -> Iterator[Extraction]:
        """Rebuild the stored extraction records, streaming, in store order.

        With a filter, only articles with a matching event come back, each
        keeping just its matching events. With `dedup`, each merged event
        keeps only its anchor report, so exports count every real event once.
        """
        query = self.resolve(query)
        whole = query.is_empty() and not dedup
        conditions = event_conditions(query)
        if dedup:
            anchors = select(merged_events.c.anchor_event_id)
            conditions.append(events.c.merged_id.is_(None) | events.c.id.in_(anchors))
        last = 0
        while True:
            with self.engine.connect() as connection:
                keys = self._article_page(connection, conditions, whole, last, page)
                if not keys:
                    return
                keep = None if whole else self._positions(connection, conditions, keys)
                rows = connection.execute(select(articles.c.id, articles.c.extraction)
                                          .where(articles.c.id.in_(keys)).order_by(articles.c.id)).all()
            for pk, text in rows:
                record = Extraction.model_validate_json(text)
                if keep is not None:
                    record.events = [e for i, e in enumerate(record.events) if i in keep.get(pk, ())]
                yield record
            last = keys[-1]

    def _article_page(self, connection: Connection, conditions, whole: bool, last: int, page: int) -> list[int]:
        """The next page of article ids to export (keyset paging)."""
        if whole:
            statement = select(articles.c.id).where(articles.c.id > last)
            return list(connection.scalars(statement.order_by(articles.c.id).limit(page)))
        statement = (select(events.c.article_pk).where(events.c.article_pk > last, *conditions)
                     .group_by(events.c.article_pk).order_by(events.c.article_pk).limit(page))
        return list(connection.scalars(statement))

    def _positions(self, connection: Connection, conditions, keys: list[int]) -> dict[int, set[int]]:
        """Which events (by position) of these articles match."""
        keep: dict[int, set[int]] = {}
        statement = select(events.c.article_pk, events.c.position).where(events.c.article_pk.in_(keys), *conditions)
        for pk, position in connection.execute(statement):
            keep.setdefault(pk, set()).add(position)
        return keep


def attach_actors(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Give each event dict its `actors` list (one query for the page)."""
    for row in rows:
        row["actors"] = []
    by_id = {row["id"]: row for row in rows}
    if not by_id:
        return
    statement = (select(event_actors).where(event_actors.c.event_pk.in_(list(by_id)))
                 .order_by(event_actors.c.id))
    for actor in connection.execute(statement).mappings():
        actor = dict(actor)
        by_id[actor.pop("event_pk")]["actors"].append(actor)


def merged_dict(row: RowMapping) -> dict[str, Any]:
    """A merged_events row with its JSON lists decoded."""
    found = dict(row)
    for name in ("actors", "sectors", "named", "outlets"):
        found[name] = json.loads(found[name])
    return found


def new_merged_row(report: Report, event_pk: int | None, source: str | None,
                   published: str | None) -> dict[str, Any]:
    """The merged event a report starts: the report is its anchor (whose
    event id may be filled in once the event is inserted)."""
    return {
        "type": report.type, "acled_event_type": report.acled,
        "date_start": report.start.isoformat() if report.start else None,
        "date_end": report.end.isoformat() if report.end else None,
        "country": report.country, "admin1": report.admin1, "location": report.location,
        "lat": report.lat, "lon": report.lon, "geo_precision": report.precision,
        "actors": json.dumps(sorted(report.actors)), "sectors": json.dumps(sorted(report.sectors)),
        "named": json.dumps(sorted(report.named)),
        "outlets": json.dumps([source] if source else []), "report_count": 1, "article_count": 1,
        "first_reported": published, "last_reported": published,
        "fatalities": report.fatalities, "fatalities_max": report.fatalities,
        "anchor_event_id": event_pk,
    }


def near_box(report: Report, distance_km: float) -> dict[str, float] | None:
    """The lat/lon box within `distance_km` of a report located to a town;
    None when it has no such place, or the box would cross a pole or the
    antimeridian (the query then goes without it)."""
    if report.lat is None or report.lon is None or (report.precision or 1) >= 3:
        return None
    degrees = math.degrees(distance_km / EARTH_RADIUS_KM) * 1.01  # a margin for rounding
    cos = math.cos(math.radians(report.lat))
    if cos < 0.05:
        return None
    lon_degrees = degrees / cos
    box = {"b_south": report.lat - degrees, "b_north": report.lat + degrees,
           "b_west": report.lon - lon_degrees, "b_east": report.lon + lon_degrees}
    if box["b_west"] < -180 or box["b_east"] > 180:
        return None
    return box


def cluster_of(row: RowMapping, same_article: Any) -> Cluster:
    """A merged_events row as a dedup cluster (anchor from its stored fields)."""
    anchor = Report(
        article=None, type=row["type"], acled=row["acled_event_type"],
        start=parse_day(row["date_start"]), end=parse_day(row["date_end"]),
        lat=row["lat"], lon=row["lon"], precision=row["geo_precision"],
        country=row["country"], admin1=row["admin1"], location=row["location"],
        actors=frozenset(json.loads(row["actors"])), sectors=frozenset(json.loads(row["sectors"])),
        named=frozenset(json.loads(row["named"])),
    )
    cluster = Cluster(anchor=anchor, key=row["id"], anchor_event=row["anchor_event_id"], row=row,
                      actors=set(anchor.actors), sectors=set(anchor.sectors), named=set(anchor.named))
    if same_article is not None:
        cluster.articles.add(same_article)
    return cluster
