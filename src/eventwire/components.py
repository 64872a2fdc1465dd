"""Import every built-in component so that it registers itself.

This is the one place that lists them; `core` imports it once.
"""

from .export import acled as _export_acled  # noqa: F401
from .export import geojson as _export_geojson  # noqa: F401
from .export import jsonl as _export_jsonl  # noqa: F401
from .export import parquet as _export_parquet  # noqa: F401
from .export import plover as _export_plover  # noqa: F401
from .store import db as _store  # noqa: F401
from .stages.analyse import language as _language  # noqa: F401
from .stages.analyse import nlp as _nlp  # noqa: F401
from .stages.actors import resolve as _actors  # noqa: F401
from .stages.places import component as _places  # noqa: F401
from .stages.times import component as _times  # noqa: F401
from .stages.events import component as _events  # noqa: F401
from .stages.times import event_component as _event_dates  # noqa: F401
from .stages.attribution import component as _attribution  # noqa: F401
from .stages.read import feed as _feed  # noqa: F401
from .stages.read import html as _html  # noqa: F401
from .stages.read import jsonl as _jsonl  # noqa: F401
from .stages.read import text as _text  # noqa: F401
