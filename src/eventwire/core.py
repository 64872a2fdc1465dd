"""`Eventwire`: settings + pipeline + readers + exporters in one object.

The CLI, the future web API and the tests all drive this class; none of
them holds extraction logic of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from .config import Config, load_config
from .errors import EventwireError
from .model import Extraction, InputError
from .pipeline import Item, Pipeline
from .registry import exporters
from .stages.read.article import ReadOptions
from .stages.read.inputs import read_inputs
from .stages.read.jsonl import read_record


class Eventwire:
    """The one object every shell uses.

    Args:
        config: settings (see `default.toml`); None for the defaults.
        today: the latest possible publication date (default: today); fixed
            in tests so year inference is reproducible.
    """

    def __init__(self, config: Config | None = None, *, today: date | None = None) -> None:
        self.config = config if config is not None else load_config()
        self.today = today or date.today()
        self.pipeline = Pipeline.from_config(self.config)

    @property
    def provides(self) -> set[str]:
        """The output fields this pipeline fills (see each stage's `assigns`)."""
        return self.pipeline.provides

    def options(self, published: date | None = None, source: str | None = None) -> ReadOptions:
        """Reader settings for one run."""
        return ReadOptions.from_config(self.config, published=published, source=source, today=self.today)

    def extract(
        self, paths: Iterable[str | Path], *, published: date | None = None,
        source: str | None = None, stdin: BinaryIO | None = None, workers: int | None = None,
    ) -> Iterator[Item]:
        """Read and process files, directories or stdin ("-"), in order.

        With `workers` > 1 (default: `[pipeline] workers`), batches are
        processed in that many worker processes; records then come back
        without their parsed document (`state["doc"]`).
        """
        options = self.options(published, source)
        count = workers or int(self.config["pipeline"].get("workers", 1))
        return self.pipeline.run(read_inputs(paths, self.config, options, stdin), count)

    def extract_records(
        self, records: Iterable[dict[str, Any]], *, published: date | None = None,
        source: str | None = None,
    ) -> Iterator[Item]:
        """Process article dicts (JSONL's fields: `text`, `id`, `published`...)."""
        options = self.options(published, source)
        return self.pipeline.run(self._read_records(records, options))

    def extract_text(self, text: str, **fields: Any) -> Extraction:
        """Process one article given as a string.

        Raises:
            EventwireError: the article cannot be processed.
        """
        (item,) = self.extract_records([{"text": text, **fields}])
        if isinstance(item, InputError):
            raise EventwireError.from_item(item)
        return item

    def export(self, items: Iterable[Item], format: str, out: TextIO) -> None:
        """Write `items` to `out` in a contract format (`jsonl`, `json`...)."""
        exporters.get(self.config["formats"][format])(items, out)

    @property
    def formats(self) -> list[str]:
        """The output format names `export` accepts."""
        return list(self.config["formats"])

    def _read_records(self, records: Iterable[dict[str, Any]], options: ReadOptions) -> Iterator[Item]:
        for number, record in enumerate(records, start=1):
            name = str(record.get("id") or f"record {number}")
            try:
                yield read_record(record, name, options)
            except EventwireError as error:
                yield InputError(error=str(error), code=error.code, input=error.input)
