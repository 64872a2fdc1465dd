"""The catalogue of gold-set loaders, by dataset name.

Each loader module registers itself with `register_dataset`; the command
line and the runner only look names up here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import Errors
from eventwire.eval.gold import GoldDocument

Loader = Callable[[Path], Iterator[GoldDocument]]


@dataclass(frozen=True)
class Dataset:
    """A registered gold set: how to read it and where it comes from."""

    name: str
    load: Loader
    description: str
    citation: str


DATASETS: dict[str, Dataset] = {}


def register_dataset(name: str, *, description: str, citation: str) -> Callable[[Loader], Loader]:
    """Register a loader under a dataset name (a decorator).

    Args:
        name: the name used on the command line.
        description: one line on what the set holds.
        citation: where the set comes from, for docs/accuracy.md.

    Returns:
        A decorator that records the loader and returns it unchanged.
    """

    def decorate(load: Loader) -> Loader:
        DATASETS[name] = Dataset(name, load, description, citation)
        return load

    return decorate


def get_dataset(name: str) -> Dataset:
    """Look a dataset up by name.

    Args:
        name: a registered dataset name.

    Returns:
        The dataset.

    Raises:
        KeyError: with an E021 message listing the known names.
    """
    try:
        return DATASETS[name]
    except KeyError:
        known = ", ".join(sorted(DATASETS))
        message = Errors.E021.format(kind="dataset", name=name, known=known)
        raise KeyError(f"E021 {message}") from None
