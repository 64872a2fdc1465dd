"""`--format parquet`: one row per event, flat columns, for dataframes.

Rows are written in row groups as they come, so memory stays flat however
many events there are. Parquet is binary: the exporter writes to the
binary buffer under the text stream it is given (a file or stdout).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, TextIO

from ..model import Event, Extraction, InputError
from ..registry import exporters

ROW_GROUP = 10_000

# (column, Arrow type name); the order is the file's column order.
COLUMNS = [
    ("article_id", "string"), ("source", "string"), ("published", "string"), ("url", "string"),
    ("title", "string"), ("event_id", "string"), ("type", "string"), ("mode", "string"),
    ("context", "list"), ("acled_event_type", "string"), ("acled_sub_event_type", "string"),
    ("cameo_root", "string"), ("quad_class", "int"), ("date", "string"), ("date_precision", "string"),
    ("date_start", "string"), ("date_end", "string"), ("location", "string"), ("geonameid", "int"),
    ("latitude", "float"), ("longitude", "float"), ("country", "string"), ("admin1", "string"),
    ("admin2", "string"), ("geo_precision", "int"), ("fatalities", "int"), ("dead", "int"),
    ("injured", "int"), ("arrested", "int"), ("captured", "int"), ("approximate", "bool"),
    ("negated", "bool"), ("hypothetical", "bool"), ("future", "bool"), ("historical", "bool"),
    ("attempted", "bool"), ("actor1", "string"), ("actor2", "string"), ("actors", "string"),
    ("speaker", "string"), ("confidence", "float"), ("trigger", "string"), ("evidence", "string"),
]


def arrow_schema():
    """The file's schema (pyarrow is imported only when parquet is asked for)."""
    import pyarrow as pa

    kinds = {"string": pa.string(), "int": pa.int64(), "float": pa.float64(),
             "bool": pa.bool_(), "list": pa.list_(pa.string())}
    return pa.schema([(name, kinds[kind]) for name, kind in COLUMNS])


def event_rows(items: Iterable[Extraction | InputError]) -> Iterator[dict[str, Any]]:
    """One flat row per event of the processed articles."""
    for item in items:
        if isinstance(item, Extraction):
            for event in item.events:
                yield event_row(item, event)


def event_row(record: Extraction, event: Event) -> dict[str, Any]:
    """An event's flat row; actors by role, all of them as JSON too."""
    article, place, when, size, status = (record.article, event.location, event.date,
                                          event.size, event.status)
    names = {role: "; ".join(a.name or a.text for a in event.actors if a.role == role)
             for role in ("source", "target")}
    row = {
        "article_id": article.id, "source": article.source, "published": article.published,
        "url": article.url, "title": article.title, "event_id": event.id, "type": event.type,
        "mode": event.mode, "context": list(event.context),
        "acled_event_type": event.acled.event_type, "acled_sub_event_type": event.acled.sub_event_type,
        "cameo_root": event.cameo_root, "quad_class": event.quad_class,
        "fatalities": event.fatalities, "dead": size.dead, "injured": size.injured,
        "arrested": size.arrested, "captured": size.captured, "approximate": size.approximate,
        "actor1": names["source"] or None, "actor2": names["target"] or None,
        "actors": json.dumps([a.model_dump() for a in event.actors], ensure_ascii=False),
        "speaker": event.attribution.speaker, "confidence": event.confidence,
        "trigger": event.trigger.text, "evidence": event.evidence.text,
        **status.model_dump(),
    }
    row.update({"date": when.value, "date_precision": when.precision, "date_start": when.start,
                "date_end": when.end} if when else dict.fromkeys(("date", "date_precision", "date_start", "date_end")))
    located = {"location": place.name or place.text, "geonameid": place.geonameid, "latitude": place.lat,
               "longitude": place.lon, "country": place.country, "admin1": place.admin1,
               "admin2": place.admin2, "geo_precision": place.precision} if place else {}
    row.update({key: located.get(key) for key in ("location", "geonameid", "latitude", "longitude",
                                                  "country", "admin1", "admin2", "geo_precision")})
    return row


def binary_stream(out: TextIO | BinaryIO) -> BinaryIO:
    """The binary stream under a text stream (or the stream itself)."""
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        return out  # type: ignore[return-value] - already binary
    out.flush()
    return buffer


@exporters.register("eventwire.parquet.v1")
def write_parquet(items: Iterable[Extraction | InputError], out: TextIO | BinaryIO) -> None:
    """Write every event as one Parquet row (failed inputs are left out).

    Raises:
        TypeError: `out` is a text stream with no binary buffer (StringIO).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema()
    stream = binary_stream(out)
    if isinstance(stream, io.TextIOBase):
        raise TypeError("parquet is binary: give a file or a binary stream, not a text buffer")
    with pq.ParquetWriter(pa.PythonFile(stream, mode="w"), schema) as writer:
        rows: list[dict[str, Any]] = []
        for row in event_rows(items):
            rows.append(row)
            if len(rows) >= ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    stream.flush()
