"""Settings: the packaged default.toml, optionally overlaid by a user file."""

from __future__ import annotations

import tomllib
from copy import deepcopy
from importlib.resources import files
from pathlib import Path
from typing import Any

Config = dict[str, Any]


def default_config() -> Config:
    """Return a fresh copy of the packaged defaults."""
    text = files("eventwire").joinpath("default.toml").read_text("utf-8")
    return tomllib.loads(text)


def load_config(path: Path | None = None, overrides: Config | None = None) -> Config:
    """Return the defaults overlaid with a TOML file and then `overrides`.

    Args:
        path: a user TOML file; its keys replace the defaults' keys.
        overrides: a nested dict applied last (tests, API callers).

    Returns:
        The merged settings.
    """
    config = default_config()
    if path is not None:
        merge(config, tomllib.loads(Path(path).read_text("utf-8")))
    if overrides:
        merge(config, deepcopy(overrides))
    return config


def merge(base: Config, extra: Config) -> Config:
    """Merge `extra` into `base` in place, recursing into tables."""
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merge(base[key], value)
        else:
            base[key] = value
    return base
