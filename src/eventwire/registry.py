"""Catalogues of named, versioned components: readers, stages, exporters, stores.

Choosing a component is a lookup by name (``eventwire.jsonl.v1``), never an
if-chain. Third-party packages add components through entry points in the
groups ``eventwire_readers``, ``eventwire_stages`` and ``eventwire_exporters``.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from importlib.metadata import entry_points
from typing import Any, TypeVar

from .errors import Errors

F = TypeVar("F", bound=Callable[..., Any])


class RegistryError(LookupError):
    """Raised when a name is not registered."""


class Registry:
    """A catalogue of one kind of component, keyed by versioned name."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, Callable[..., Any]] = {}
        self._entry_points_loaded = False

    def register(self, name: str) -> Callable[[F], F]:
        """Return a decorator that files the decorated function under `name`."""

        def decorate(func: F) -> F:
            self._items[name] = func
            return func

        return decorate

    def get(self, name: str) -> Callable[..., Any]:
        """Return the component registered as `name`.

        Raises:
            RegistryError: `name` is not registered, here or by a plugin.
        """
        if name not in self._items:
            self._load_entry_points()
        if name not in self._items:
            known = ", ".join(sorted(self._items)) or "none"
            raise RegistryError(
                "E021 " + Errors.E021.format(kind=self.kind, name=name, known=known)
            )
        return self._items[name]

    def names(self) -> list[str]:
        """Return every registered name, plugins included, sorted."""
        self._load_entry_points()
        return sorted(self._items)

    def _load_entry_points(self) -> None:
        """Register the built-in components, then plugins' entry points."""
        if self._entry_points_loaded:
            return
        self._entry_points_loaded = True
        import_module("eventwire.components")  # the built-ins register on import
        for point in entry_points(group=f"eventwire_{self.kind}s"):
            self._items.setdefault(point.name, point.load())


readers = Registry("reader")
stages = Registry("stage")
exporters = Registry("exporter")
stores = Registry("store")
