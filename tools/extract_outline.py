"""Extract a country's outline from Natural Earth (via the npm package world-atlas@2.0.2) as GeoJSON.

Run once by hand for a story's map; the result is committed in the story's data/geo/:
    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python tools/extract_outline.py package/countries-50m.json 398 Kazakhstan > data/geo/kazakhstan.geojson
    python tools/extract_outline.py package/countries-50m.json 860 Uzbekistan \
        > examples/karakalpakstan-2022/data/geo/uzbekistan.geojson
The number is the country's ISO 3166-1 numeric code. For a map's neighbours, give several codes and
names separated by commas and a box to clamp them to (west,south,east,north), which keeps the file small:
    python tools/extract_outline.py package/countries-50m.json 643,156,417,860,795,031,364 \
        Russia,China,Kyrgyzstan,Uzbekistan,Turkmenistan,Azerbaijan,Iran 44,38,90,57 0.15 > data/geo/neighbours.geojson
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


def clamp(arcs, box):
    west, south, east, north = box
    return [[[min(max(x, west), east), min(max(y, south), north)] for x, y in arc] for arc in arcs]


def feature(topology, arcs, country_code, name):
    geometry = next(g for g in topology["objects"]["countries"]["geometries"] if g.get("id") == country_code)
    if geometry["type"] == "Polygon":
        coordinates = [[ring(r, arcs) for r in geometry["arcs"]]]
    else:
        coordinates = [[ring(r, arcs) for r in polygon] for polygon in geometry["arcs"]]
    return {
        "type": "Feature",
        "properties": {"name": name, "source": "Natural Earth 1:50m (public domain), via world-atlas 2.0.2"},
        "geometry": {"type": "MultiPolygon", "coordinates": coordinates},
    }


def main(path, country_codes, names, box=None, tolerance=None):
    global TOLERANCE
    TOLERANCE = float(tolerance) if tolerance else TOLERANCE  # context shapes may be coarser
    topology = json.load(open(path))
    arcs = decode_arcs(topology)
    if box:
        arcs = clamp(arcs, [float(v) for v in box.split(",")])
    features = [feature(topology, arcs, code, name) for code, name in zip(country_codes.split(","), names.split(","))]
    json.dump({"type": "FeatureCollection", "features": features}, sys.stdout, separators=(",", ":"))


if __name__ == "__main__":
    main(*sys.argv[1:6])
