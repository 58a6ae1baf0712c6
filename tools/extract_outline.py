"""Extract a country's outline from Natural Earth (via the npm package world-atlas@2.0.2) as GeoJSON.

Run once by hand for a story's map; the result is committed in the story's data/geo/:
    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python tools/extract_outline.py package/countries-50m.json 398 Kazakhstan > data/geo/kazakhstan.geojson
    python tools/extract_outline.py package/countries-50m.json 860 Uzbekistan \
        > examples/karakalpakstan-2022/data/geo/uzbekistan.geojson
The number is the country's ISO 3166-1 numeric code.
"""

import json
import sys

# Drop points closer than this (degrees) to the last kept one: about 1 px on a 640 px wide map,
# so the chart's SVG stays small without a visible change.
TOLERANCE = 0.06


def decode_arcs(topology):
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([round(x * scale[0] + translate[0], 4), round(y * scale[1] + translate[1], 4)])
        arcs.append(points)
    return arcs


def ring(indices, arcs):
    points = []
    for index in indices:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return simplify(points)


def simplify(points):
    kept = [points[0]]
    for x, y in points[1:-1]:
        if abs(x - kept[-1][0]) + abs(y - kept[-1][1]) >= TOLERANCE:
            kept.append([round(x, 3), round(y, 3)])
    kept.append(points[-1])  # the ring stays closed
    return kept


def main(path, country_code, name):
    topology = json.load(open(path))
    arcs = decode_arcs(topology)
    geometry = next(g for g in topology["objects"]["countries"]["geometries"] if g.get("id") == country_code)
    if geometry["type"] == "Polygon":
        coordinates = [[ring(r, arcs) for r in geometry["arcs"]]]
    else:
        coordinates = [[ring(r, arcs) for r in polygon] for polygon in geometry["arcs"]]
    feature = {
        "type": "Feature",
        "properties": {"name": name, "source": "Natural Earth 1:50m (public domain), via world-atlas 2.0.2"},
        "geometry": {"type": "MultiPolygon", "coordinates": coordinates},
    }
    json.dump({"type": "FeatureCollection", "features": [feature]}, sys.stdout, separators=(",", ":"))


if __name__ == "__main__":
    main(*sys.argv[1:4])
