"""Convert world-atlas's countries-110m TopoJSON into the dashboard's GeoJSON.

The dashboard's offline base layer is Natural Earth's 1:110m country outlines
(public domain), as redistributed by the npm package `world-atlas` (ISC). Run
once when updating the package; the output is committed as package data:

    npm pack world-atlas && tar xzf world-atlas-*.tgz
    python scripts/world_outlines.py package/countries-110m.json

TopoJSON stores each shared border once ("arcs"), delta-encoded on a
quantised grid; GeoJSON repeats coordinates per polygon, which Leaflet reads
without a TopoJSON client in the browser.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUTPUT = (Path(__file__).resolve().parents[1]
          / "src/eventwire/serve/dashboard/static/world/countries-110m.geojson")


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Return every arc as absolute longitude/latitude pairs."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            if transform:
                x, y = x + dx, y + dy
                (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
                points.append((round(x * sx + tx, 3), round(y * sy + ty, 3)))
            else:
                points.append((round(dx, 3), round(dy, 3)))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    """Join arcs into one closed ring; a negative index (~i) runs arc i backwards."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        # Consecutive arcs share their joining point: keep it once.
        points.extend(arc[1:] if points else arc)
    return [list(point) for point in points]


def geometry(shape: dict, arcs: list) -> dict | None:
    """Turn one TopoJSON geometry into GeoJSON (polygons only: outlines)."""
    if shape["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [ring(r, arcs) for r in shape["arcs"]]}
    if shape["type"] == "MultiPolygon":
        return {"type": "MultiPolygon",
                "coordinates": [[ring(r, arcs) for r in polygon] for polygon in shape["arcs"]]}
    return None


def convert(topology: dict) -> dict:
    """Return the `countries` object of `topology` as a FeatureCollection."""
    arcs = decode_arcs(topology)
    features = []
    for shape in topology["objects"]["countries"]["geometries"]:
        shaped = geometry(shape, arcs)
        if shaped is not None:
            name = shape.get("properties", {}).get("name")
            features.append({"type": "Feature", "properties": {"name": name}, "geometry": shaped})
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="world-atlas countries-110m.json")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    collection = convert(json.loads(args.topojson.read_text("utf-8")))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(collection, separators=(",", ":")), "utf-8")
    print(f"wrote {len(collection['features'])} countries to {args.output}")


if __name__ == "__main__":
    main()
