"""The dataset registry: every loader registered, unknown names rejected."""

from __future__ import annotations

import pytest

from eventwire.eval.datasets import DATASETS, get_dataset
from eventwire.eval.runner import DEV_SETS
from eventwire.eval.scorers import SCORERS


def test_every_dataset_is_registered_with_scorers_and_dev_files() -> None:
    names = {
        "acled", "plover", "timeml", "geo", "polnear", "case2021",
        "india_police", "event_location", "conflibert_cameo", "conflibert_ner",
        "muc4",
    }
    assert set(DATASETS) == names
    assert set(SCORERS) == names
    assert set(DEV_SETS) == names
    assert all(d.citation and d.description for d in DATASETS.values())


def test_unknown_dataset() -> None:
    with pytest.raises(KeyError, match="E021"):
        get_dataset("nope")
