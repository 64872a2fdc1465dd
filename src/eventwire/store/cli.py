"""`eventwire ingest`, `query` and `export`: the store's commands.

They only parse options and call the store (`Store`, `ingest`); `cli.py`
attaches them to the main group.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click
from sqlalchemy.engine import make_url

from ..config import Config
from ..errors import Errors
from ..registry import exporters, stores
from .db import Store, StoreError, database_url
from .dedup import DedupSettings
from .query import STATUSES, EventFilter

DB_HELP = ("Database: an SQLite file path or sqlite:///FILE, or postgresql://USER:PASS@HOST/DB "
           "(default: [store] url, eventwire.db here).")


def open_store(config: Config, url: str | None, *, existing: bool = False) -> Store:
    """The store named by `--db`, else by the settings, with their dedup thresholds.

    With `existing`, a missing SQLite file is an error rather than a new,
    empty database (reading commands).
    """
    settings = config.get("store", {})
    target = database_url(url or settings.get("url"))
    path = sqlite_path(target)
    if existing and path is not None and not path.exists():
        raise click.ClickException("E101 " + Errors.E101.format(path=path))
    factory = stores.get(settings.get("factory", "eventwire.sql.v1"))
    try:
        return factory(target, dedup=DedupSettings.from_config(config))
    except StoreError as error:
        raise click.ClickException(str(error)) from error


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL; None for other databases and in-memory ones."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """WEST,SOUTH,EAST,NORTH as four floats."""
    if value is None:
        return None
    try:
        west, south, east, north = (float(part) for part in value.split(","))
    except ValueError:
        raise click.BadParameter("E103 " + Errors.E103.format(value=value)) from None
    if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
        raise click.BadParameter("E103 " + Errors.E103.format(value=value))
    return west, south, east, north


def filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The event filters `query` and `export` share, gathered into `query`."""
    options = [
        click.option("--db", "db", help=DB_HELP),
        click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Events on or after this day."),
        click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Events on or before this day."),
        click.option("--country", metavar="ISO3", help="Country of the event's place (ISO alpha-3)."),
        click.option("--admin1", help="Province or state of the event's place."),
        click.option("--bbox", metavar="W,S,E,N", help="Bounding box in degrees."),
        click.option("--actor", help="An actor's name or text (substring, any case)."),
        click.option("--type", "event_type", help="PLOVER type (ASSAULT...) or ACLED event type."),
        click.option("--status", type=click.Choice(STATUSES), help="Keep events with this status."),
        click.option("--text", help="Words in the evidence sentence, trigger or title."),
        click.option("--source", help="The outlet, exactly."),
    ]

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        values = {name: kwargs.pop(name) for name in (
            "date_from", "date_to", "country", "admin1", "actor", "status", "text", "source")}
        values["type"] = kwargs.pop("event_type")
        values["bbox"] = parse_bbox(kwargs.pop("bbox"))
        kwargs["query"] = EventFilter.from_mapping(values)
        return command(*args, **kwargs)

    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--db", "db", help=DB_HELP)
@click.option("--workers", type=click.IntRange(1, 64), help="Worker processes for the pipeline "
              "(default from settings, 1).")
@click.option("--retry-failed", is_flag=True, help="Process the stored failures again instead of PATHS.")
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]),
              help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--source", help="Outlet name for inputs that carry none.")
@click.option("--batch-size", type=click.IntRange(1, 10_000), help="Articles per write "
              "transaction (default: [store] batch_size, 64).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar; only the summary.")
@click.pass_obj
def ingest(config: Config, paths: tuple[Path, ...], db: str | None, workers: int | None,
           retry_failed: bool, published, source: str | None, batch_size: int | None, quiet: bool) -> None:
    """Extract events from PATHS into the database; articles already stored are skipped.

    Safe to stop and start again: each article is stored once, by content
    hash. Inputs that fail are stored with their reason; --retry-failed
    processes them again. Exit status 1 when some inputs failed.
    """
    from ..core import Eventwire
    from ..pipeline import PipelineError
    from .ingest import estimate_total, ingest as run_ingest, retry_failed as run_retry
    from .progress import IngestProgress

    if not paths and not retry_failed:
        raise click.UsageError("give PATHS to ingest, or --retry-failed")
    store = open_store(config, db)
    try:
        eventwire = Eventwire(config)
    except PipelineError as error:
        raise click.UsageError(str(error)) from error
    size = batch_size or int(config.get("store", {}).get("batch_size", 64))
    total = store.counts()["failures"] if retry_failed else estimate_total(paths, config["read"]["suffixes"])
    with IngestProgress(total, quiet=quiet) as bar:
        if retry_failed:
            summary = run_retry(eventwire, store, workers=workers, batch_size=size, progress=bar.update)
        else:
            day = published.date() if published else None
            summary = run_ingest(eventwire, store, paths, workers=workers, batch_size=size,
                                 published=day, source=source, progress=bar.update)
    click.echo(f"run {summary.run_id}: {summary.added} added, {summary.skipped} already stored, "
               f"{summary.failed} failed, {summary.merged} events merged with other reports "
               f"({summary.seconds:.1f} s) into {store.safe_url}", err=True)
    store.close()
    if summary.failed:
        sys.exit(1)


@click.command()
@filter_options
@click.option("--merged", is_flag=True, help="Merged (real-world) events instead of per-article events.")
@click.option("--limit", type=click.IntRange(0), default=50, show_default=True, help="Rows to print.")
@click.option("--offset", type=click.IntRange(0), default=0, help="Rows to skip.")
@click.option("--count", is_flag=True, help="Print only how many events match.")
@click.pass_obj
def query(config: Config, db: str | None, query: EventFilter, merged: bool, limit: int,
          offset: int, count: bool) -> None:
    """Print stored events that match the filters, one JSON object per line."""
    store = open_store(config, db, existing=True)
    if count:
        click.echo(store.count_merged(query) if merged else store.count_events(query))
        return
    rows = (store.list_merged(query, limit=limit, offset=offset) if merged
            else store.list_events(query, limit=limit, offset=offset))
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False, default=str))
    store.close()


@click.command()
@filter_options
@click.option("--format", "fmt", default="jsonl", show_default=True,
              help="Output format: a name from [formats] (jsonl, json, acled, plover, geojson, parquet...).")
@click.option("--dedup", is_flag=True, help="Keep one report per merged event (its first), so each "
              "real-world event is written once.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of standard output (replaced only when the export ends).")
@click.pass_obj
def export(config: Config, db: str | None, query: EventFilter, fmt: str, dedup: bool,
           output: Path | None) -> None:
    """Write stored records in an output format; filters keep matching events only."""
    from ..cli import open_output

    formats = config["formats"]
    if fmt not in formats:
        raise click.BadParameter(f"{fmt!r} is not one of {', '.join(formats)}", param_hint="--format")
    writer = exporters.get(formats[fmt])
    store = open_store(config, db, existing=True)
    with open_output(output) as out:
        writer(store.iter_extractions(query, dedup=dedup), out)
    store.close()

