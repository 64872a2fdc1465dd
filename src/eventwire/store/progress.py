"""The ingest progress bar (rich): articles done, rate and ETA, on stderr."""

from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn,
    TimeRemainingColumn,
)

from .ingest import IngestSummary


class IngestProgress:
    """A progress bar fed by `ingest`'s callback; silent when `quiet`.

    Args:
        total: articles expected, or None when unknown (no ETA then).
        quiet: show nothing.
    """

    def __init__(self, total: int | None, *, quiet: bool = False) -> None:
        self.quiet = quiet
        self.progress = Progress(
            TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
            TextColumn("{task.fields[rate]:.1f} articles/s"),
            TextColumn("{task.fields[added]} added, {task.fields[skipped]} skipped, "
                       "{task.fields[failed]} failed"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(stderr=True), disable=quiet,
        )
        self.task = self.progress.add_task("ingest", total=total, rate=0.0, added=0, skipped=0, failed=0)

    def __enter__(self) -> IngestProgress:
        self.progress.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.progress.stop()

    def update(self, summary: IngestSummary) -> None:
        """Show the running totals."""
        rate = summary.seen / summary.seconds if summary.seconds else 0.0
        self.progress.update(self.task, completed=summary.seen, rate=rate, added=summary.added,
                             skipped=summary.skipped, failed=summary.failed)
