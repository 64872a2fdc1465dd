"""Gold-set loaders, one module per format, registered by dataset name.

Importing this package registers every loader in `DATASETS`.
"""

from __future__ import annotations

from eventwire.eval.datasets import (  # noqa: F401  (imported to register)
    acled,
    case2021,
    conflibert_cameo,
    conflibert_ner,
    event_location,
    geo,
    india_police,
    muc4,
    plover,
    polnear,
    timeml,
)
from eventwire.eval.datasets.registry import DATASETS, Dataset, get_dataset, register_dataset

__all__ = ["DATASETS", "Dataset", "get_dataset", "register_dataset"]
