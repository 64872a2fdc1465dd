"""A pipeline with the times stage, built once for the times tests."""

from __future__ import annotations

import pytest

from eventwire.config import load_config
from eventwire.core import Eventwire
from eventwire.stages.times import component  # noqa: F401 - registers the stage

from ...conftest import TODAY

OVERRIDES = {
    "pipeline": {"stages": ["language", "nlp", "times"]},
    "stages": {"times": {"factory": "eventwire.times.v1"}},
}


@pytest.fixture(scope="module")
def times_pipeline() -> Eventwire:
    return Eventwire(load_config(overrides=OVERRIDES), today=TODAY)
