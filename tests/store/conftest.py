"""Store fixtures: real SQLite in tmp_path, and a real PostgreSQL server.

PostgreSQL tests read the server from EVENTWIRE_TEST_PG_URL (`.ci/run` starts
one and sets it). Without it they skip, unless EVENTWIRE_REQUIRE_PG=1 (set
in CI), where they fail: CI must never pass without testing PostgreSQL.
"""

from __future__ import annotations

import os
import time
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from eventwire.model import (
    AcledType, Actor, Article, Event, EventDate, Evidence, Extraction, Place, Size, Span, Status,
)
from eventwire.store.db import Store, database_url

PG_URL = os.environ.get("EVENTWIRE_TEST_PG_URL")
REQUIRE_PG = os.environ.get("EVENTWIRE_REQUIRE_PG") == "1"


def pg_admin_url() -> str:
    """The PostgreSQL server to test on, or skip (fail in CI) without one."""
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("EVENTWIRE_REQUIRE_PG=1 but EVENTWIRE_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL server: set EVENTWIRE_TEST_PG_URL=postgresql://USER:PASS@HOST/DB "
                    "(.ci/run starts one)")
    return PG_URL


def fresh_pg_database() -> str:
    """A new empty database on the test server; its URL."""
    admin = database_url(pg_admin_url())
    name = f"eventwire_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return admin.rsplit("/", 1)[0] + "/" + name


def drop_pg_database(url: str) -> None:
    """Remove a test database; a server process still on it (autovacuum)
    may hold it a moment, so try a few times before leaving it."""
    admin = database_url(pg_admin_url())
    name = url.rsplit("/", 1)[1]
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    for attempt in range(10):
        try:
            with engine.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            break
        except DBAPIError:
            time.sleep(0.3)
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A URL for an empty database: an SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    url = fresh_pg_database()
    yield url
    drop_pg_database(url)


@pytest.fixture
def store(db_url):
    """An open, migrated, empty store."""
    opened = Store(db_url)
    yield opened
    opened.close()


def make_event(type: str = "ASSAULT", *, day: str | None = "2024-03-04", end: str | None = None,
               place: tuple | None = ("Kalama", 10.0, 20.0, "NGA", "Borno", 1),
               actors: tuple = (("source", "Boko Haram", "REB"),), fatalities: int = 0,
               acled: str | None = "Violence against civilians", number: int = 0, **status) -> Event:
    """A hand-built event; place is (name, lat, lon, country, admin1, precision);
    each actor is (role, text, sector) or (role, text, sector, canonical name or None)."""
    trigger = Span(text="attacked", start=0, end=8)
    location = None
    if place is not None:
        name, lat, lon, country, admin1, precision = place
        location = Place(text=name, start=0, end=len(name), name=name, lat=lat, lon=lon,
                         country=country, admin1=admin1, precision=precision)
    date = EventDate(value=day, precision="day", start=day, end=end or day) if day else None
    return Event(
        id=f"e{number}", type=type, acled=AcledType(event_type=acled), trigger=trigger,
        actors=[Actor(role=actor[0], text=actor[1], start=0, end=len(actor[1]),
                      name=actor[3] if len(actor) > 3 else actor[1], sector=actor[2]) for actor in actors],
        location=location, date=date, size=Size(dead=fatalities or None), fatalities=fatalities,
        status=Status(**status), confidence=0.8,
        evidence=Evidence(sentence=0, start=0, end=8, text="attacked the village"),
    )


def make_record(article_id: str, *events: Event, source: str = "Wire", published: str = "2024-03-05",
                text: str | None = None) -> Extraction:
    """A hand-built extraction of one article."""
    body = text or f"Article {article_id}: attacked the village."
    return Extraction(article=Article(id=article_id, title=f"Report {article_id}", source=source,
                                      published=published, text=body),
                      events=list(events))
