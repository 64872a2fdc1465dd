"""Build the stage pipeline from settings, check its order, run batches.

A stage is a callable over a batch of `Extraction` records that returns, in
the same order, each record (filled in) or an `InputError` for a record it
rejects. Each stage declares the output fields it `requires` and `assigns`;
a pipeline whose stage needs a field no earlier stage assigns is refused when
it is built, not discovered later as silently empty output.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Protocol

from .config import Config
from .errors import Errors, EventwireError
from .model import Extraction, InputError
from .registry import stages as stage_registry

log = logging.getLogger(__name__)

Item = Extraction | InputError

# What every record carries when it leaves the reader.
READER_PROVIDES = frozenset({"article"})


class Stage(Protocol):
    """The contract every pipeline stage meets."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, batch: list[Extraction]) -> list[Item]:
        """Process a batch; return one item per input, in order."""
        ...


class PipelineError(ValueError):
    """The configured pipeline cannot run (unknown stage, bad order)."""


@dataclass
class Pipeline:
    """An ordered, checked list of stages."""

    stages: list[Stage]
    batch_size: int = 32
    # The settings the stages were built from, so worker processes can
    # build the same pipeline.
    config: Config | None = None
    # Seconds spent in each stage since the pipeline was built (benchmarks).
    timings: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    @classmethod
    def from_config(cls, config: Config) -> Pipeline:
        """Build the stages named in `config["pipeline"]["stages"]`.

        Raises:
            PipelineError: a stage is unknown or its requirements are unmet.
        """
        built = [make_stage(name, config) for name in config["pipeline"]["stages"]]
        check_order(built)
        return cls(built, int(config["pipeline"].get("batch_size", 32)), config=config)

    @property
    def provides(self) -> set[str]:
        """Every output field some stage (or the reader) fills."""
        fields = set(READER_PROVIDES)
        for stage in self.stages:
            fields.update(stage.assigns)
        return fields

    def run(self, items: Iterable[Item], workers: int = 1) -> Iterator[Item]:
        """Run every stage over `items` in batches; yield results in order.

        Args:
            items: records from the reader (errors pass through).
            workers: processes to spread batches over; 1 runs here.
        """
        iterator = iter(items)
        batches = iter(lambda: list(islice(iterator, self.batch_size)), [])
        if workers <= 1 or self.config is None:
            for batch in batches:
                yield from self.run_batch(batch)
            return
        yield from run_parallel(batches, self.config, workers)

    def run_batch(self, batch: list[Item]) -> list[Item]:
        """Run every stage over one batch; errors pass through untouched."""
        results = list(batch)
        for stage in self.stages:
            live = [i for i, item in enumerate(results) if isinstance(item, Extraction)]
            if not live:
                break
            started = time.perf_counter()
            outputs = apply_stage(stage, [results[i] for i in live])
            self.timings[stage.name] += time.perf_counter() - started
            for index, output in zip(live, outputs):
                results[index] = output
        return results


_WORKER_PIPELINE: Pipeline | None = None
# Batches in flight per worker: enough to keep workers busy, few enough
# that memory stays flat however long the input.
IN_FLIGHT = 2


def run_parallel(batches: Iterator[list[Item]], config: Config, workers: int) -> Iterator[Item]:
    """Process batches in worker processes; yield results in input order."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with context.Pool(workers, initializer=start_worker, initargs=(config,)) as pool:
        pending: deque = deque()
        for batch in batches:
            pending.append(pool.apply_async(run_in_worker, (batch,)))
            if len(pending) >= workers * IN_FLIGHT:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def start_worker(config: Config) -> None:
    """Build the pipeline once in a worker process.

    Under fork the parent's loaded models are inherited (and cached per
    process), so this costs little.
    """
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = Pipeline.from_config(config)


def run_in_worker(batch: list[Item]) -> list[Item]:
    """Process one batch in a worker; drop what need not travel back."""
    assert _WORKER_PIPELINE is not None
    results = _WORKER_PIPELINE.run_batch(batch)
    for item in results:
        if isinstance(item, Extraction):
            item.state.pop("doc", None)  # parsed documents stay in the worker
    return results


def make_stage(name: str, config: Config) -> Stage:
    """Build the stage configured under `[stages.<name>]`."""
    settings = dict(config.get("stages", {}).get(name, {}))
    factory_name = settings.pop("factory", name)
    try:
        factory = stage_registry.get(factory_name)
    except LookupError as error:
        raise PipelineError(str(error)) from error
    stage = factory(name=name, **settings)
    return stage


def check_order(built: Sequence[Stage]) -> None:
    """Refuse a pipeline whose stage requires what no earlier stage assigns."""
    available = set(READER_PROVIDES)
    for stage in built:
        for requirement in stage.requires:
            if requirement not in available:
                message = Errors.E020.format(stage=stage.name, requirement=requirement)
                raise PipelineError(f"E020 {message}")
        available.update(stage.assigns)


def apply_stage(stage: Stage, batch: list[Extraction]) -> list[Item]:
    """Run `stage` on a batch; if it fails, isolate the failing records.

    One bad article must never cost the rest of its batch, so a batch that
    raises is retried record by record and only the records that raise
    again become errors.
    """
    try:
        outputs = stage(batch)
    except Exception as error:  # noqa: BLE001 - a stage bug stays per-record
        if len(batch) > 1:
            return [apply_stage(stage, [record])[0] for record in batch]
        return [stage_failure(stage, batch[0], error)]
    if len(outputs) != len(batch):
        raise PipelineError(f"stage {stage.name} returned {len(outputs)} items for {len(batch)}")
    return outputs


def stage_failure(stage: Stage, record: Extraction, error: Exception) -> InputError:
    """Turn the exception a stage raised on `record` into its error item."""
    if isinstance(error, EventwireError):
        return InputError(error=str(error), code=error.code, input=error.input)
    name = record.state.get("input", record.article.id)
    log.error("stage %s failed on %s", stage.name, name, exc_info=error)
    reason = f"{type(error).__name__}: {error}"
    message = Errors.E011.format(input=name, stage=stage.name, reason=reason)
    return InputError(error=f"E011 {message}", code="E011", input=name)
