"""`eventwire eval`: measure the pipeline on gold sets.

The command only parses options and calls `run_eval` / `render_markdown`;
the main `eventwire` click group attaches `eval_command` and passes its
settings as `ctx.obj`. Tests (and other shells) can hand it a ready
pipeline as `obj={"eventwire": pipeline}`.
"""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import click

from eventwire.eval.datasets import DATASETS
from eventwire.eval.report import EvalReport
from eventwire.eval.runner import (
    DATA_DIR,
    DEV_SETS,
    REPO_DIR,
    Pipeline,
    default_pipeline,
    render_markdown,
    render_report,
    run_eval,
)

DOCS_FILE = REPO_DIR / "docs" / "accuracy.md"


@click.command("eval", context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("dataset", type=click.Choice([*sorted(DATASETS), "all"]))
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--data-dir", type=click.Path(path_type=Path), default=DATA_DIR,
              show_default="<repo>/../shared/data",
              help="Where the development sets live (used when PATH is left out).")
@click.option("--json", "json_out", type=click.Path(path_type=Path, dir_okay=False),
              help="Also write the reports as JSON to this file.")
@click.option("--limit", type=click.IntRange(min=1), help="Read at most N documents per set.")
@click.option("--write-docs", is_flag=True, help="Rewrite docs/accuracy.md from the results.")
@click.option("--docs-file", type=click.Path(path_type=Path, dir_okay=False), default=DOCS_FILE,
              show_default="docs/accuracy.md", help="The page --write-docs writes.")
@click.pass_context
def eval_command(ctx: click.Context, dataset: str, path: Path | None, data_dir: Path,
                 json_out: Path | None, limit: int | None, write_docs: bool,
                 docs_file: Path) -> None:
    """Measure the pipeline on gold DATASET at PATH (a name, or `all`).

    Without PATH, the development files of DATASET (all of them for `all`)
    are read from --data-dir. Fields whose pipeline stage does not exist yet
    are reported as "not yet measured".
    """
    targets = _targets(dataset, path, data_dir)
    if targets is None:
        click.echo(f"eventwire eval: skipped: no gold data at {data_dir} "
                   "(the development sets live in <repo>/../shared/data)")
        return
    pipeline = _pipeline(ctx)
    reports: list[EvalReport] = []
    for name, target in targets:
        report = run_eval(name, target, pipeline, limit)
        reports.append(report)
        click.echo("\n".join(render_report(report)))
    if json_out:
        dumped = json.dumps([r.model_dump(mode="json") for r in reports], indent=2)
        json_out.write_text(dumped + "\n", encoding="utf-8")
    if write_docs:
        docs_file.parent.mkdir(parents=True, exist_ok=True)
        page = render_markdown(reports, _commit(), date.today().isoformat())
        docs_file.write_text(page, encoding="utf-8")
        click.echo(f"wrote {docs_file}", err=True)


def _targets(dataset: str, path: Path | None, data_dir: Path) -> list[tuple[str, Path]] | None:
    """The (dataset, path) pairs to evaluate; None when the data directory is absent.

    Raises:
        click.BadParameter: when an explicit PATH does not exist.
    """
    if path is not None and dataset != "all":
        if not path.exists():
            raise click.BadParameter(f"{path} does not exist", param_hint="PATH")
        return [(dataset, path)]
    root = path if path is not None else data_dir
    if not root.is_dir():
        return None
    names = list(DEV_SETS) if dataset == "all" else [dataset]
    targets = []
    for name in names:
        for relative in DEV_SETS[name]:
            if (root / relative).exists():
                targets.append((name, root / relative))
            else:
                click.echo(f"eventwire eval: skipped {name}: {root / relative} is missing",
                           err=True)
    return targets


def _pipeline(ctx: click.Context) -> Pipeline:
    """The pipeline handed in as `obj["eventwire"]`, else the one `obj`'s settings build.

    Raises:
        click.ClickException: when the core cannot be imported.
        click.UsageError: when the configured pipeline cannot run.
    """
    obj: Any = ctx.obj
    if isinstance(obj, dict) and obj.get("eventwire") is not None:
        return obj["eventwire"]
    try:
        return default_pipeline(obj if isinstance(obj, dict) and obj else None)
    except ImportError as error:
        raise click.ClickException(f"the eventwire pipeline is not available: {error}") from error
    except ValueError as error:  # PipelineError: an unknown stage or a bad order
        raise click.UsageError(str(error)) from error


def _commit() -> str:
    """The short git commit of the repository, or "uncommitted"."""
    try:
        done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_DIR,
                              capture_output=True, text=True, check=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return "uncommitted"
    return done.stdout.strip() or "uncommitted"
