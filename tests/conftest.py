"""Shared fixtures. Tests that need ../shared skip when it is absent."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"
# A fixed "today" keeps year inference reproducible.
TODAY = date(2026, 11, 25)


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared is absent ({path} not found): this test reads the shared data")
    return path


@pytest.fixture(scope="session")
def eventwire():
    """The default pipeline, built once."""
    from eventwire.core import Eventwire

    return Eventwire(today=TODAY)


@pytest.fixture
def seed_path() -> Path:
    """The founding article."""
    return shared_path("seed", "panjshir_tass.txt")
