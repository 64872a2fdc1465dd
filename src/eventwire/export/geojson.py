"""`--format geojson`: one GeoJSON Point feature per located event.

A FeatureCollection (RFC 7946) whose features are the events that have a
location with coordinates; their properties are the Event fields other
than `location`, plus `article_id`, and the place itself under `place`
(its name, GeoNames id, country, admin names, feature and precision) so a
map can label the point. Events without coordinates are left out, as are
failed inputs. The collection is streamed: memory stays flat.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from ..model import Event, Extraction, InputError
from ..registry import exporters

# Place fields repeated in a feature's properties (the point is the geometry).
PLACE_FIELDS = ("text", "start", "end", "name", "geonameid", "country", "admin1",
                "admin2", "feature", "precision")


def event_feature(event: Event, article_id: str) -> dict[str, Any] | None:
    """One event as a GeoJSON Feature; None when it has no coordinates.

    Args:
        event: An event of an extraction.
        article_id: The id of its article.

    Returns:
        A Point feature (coordinates are [lon, lat]) or None.
    """
    place = event.location
    if place is None or place.lat is None or place.lon is None:
        return None
    properties = {"article_id": article_id, **event.model_dump(mode="json", exclude={"location"})}
    properties["place"] = place.model_dump(mode="json", include=set(PLACE_FIELDS))
    return {
        "type": "Feature",
        "id": event.id,
        "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
        "properties": properties,
    }


def features(items: Iterable[Extraction | InputError]) -> Iterator[dict[str, Any]]:
    """The features of every located event of the processed articles."""
    for item in items:
        if isinstance(item, InputError):
            continue
        for event in item.events:
            feature = event_feature(event, item.article.id)
            if feature is not None:
                yield feature


@exporters.register("eventwire.geojson.v1")
def write_geojson(items: Iterable[Extraction | InputError], out: TextIO) -> None:
    """Write a FeatureCollection of the located events.

    Args:
        items: Extractions (failed inputs are skipped; the caller reports them).
        out: Where to write.
    """
    out.write('{"type": "FeatureCollection", "features": [')
    first = True
    for feature in features(items):
        out.write("\n" if first else ",\n")
        out.write(json.dumps(feature, ensure_ascii=False))
        first = False
    out.write("\n]}\n")
