"""The GeoJSON exporter (export/geojson.py)."""

from __future__ import annotations

import io
import json

from eventwire.export.geojson import write_geojson
from eventwire.model import Article, Event, Evidence, Extraction, InputError, Place, Span

TEXT = "Gunmen attacked a convoy in Jalalabad. Talks went on elsewhere."


def event(event_id: str, trigger: str, location: Place | None) -> Event:
    start = TEXT.index(trigger)
    return Event(
        id=event_id, type="ASSAULT", confidence=0.7, location=location,
        trigger=Span(text=trigger, start=start, end=start + len(trigger)),
        evidence=Evidence(sentence=0, start=0, end=38, text=TEXT[:38]),
    )


def test_one_point_per_located_event():
    jalalabad = Place(text="Jalalabad", start=28, end=37, name="Jalalabad", geonameid=1451,
                      lat=34.43, lon=70.45, country="AFG", feature="PPL", precision=1)
    unplaced = Place(text="elsewhere", start=53, end=62)
    record = Extraction(article=Article(id="a1", text=TEXT), events=[
        event("e1", "attacked", jalalabad), event("e2", "Talks", unplaced),
        event("e3", "went", None)])
    out = io.StringIO()
    write_geojson([record, InputError(error="bad", code="E001", input="x.txt")], out)
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    (feature,) = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [70.45, 34.43]}
    properties = feature["properties"]
    assert properties["article_id"] == "a1" and properties["id"] == "e1"
    assert "location" not in properties
    assert properties["trigger"]["text"] == "attacked"
    assert properties["place"]["name"] == "Jalalabad"


def test_empty_collection_is_valid_json():
    out = io.StringIO()
    write_geojson([], out)
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}
