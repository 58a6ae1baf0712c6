"""Places on the story's own outline, a circle each, sized by its number of timeline events."""

from __future__ import annotations

import hashlib
import json

from scripts.charts.base import ChartInput, Column
from scripts.derive import events_per_place, sources_of


def inside(outline: dict, place) -> bool:
    """Point in polygon (even-odd rule) against the outline: places abroad stay off the map."""
    result = False
    for feature in outline["features"]:
        shape = feature["geometry"]
        polygons = shape["coordinates"] if shape["type"] == "MultiPolygon" else [shape["coordinates"]]
        for polygon in polygons:
            for ring in polygon:
                for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
                    crosses = (y1 > place.lat) != (y2 > place.lat)
                    if crosses and place.lon < x1 + (place.lat - y1) * (x2 - x1) / (y2 - y1):
                        result = not result
    return result


def place_map(spec, dataset, edition) -> ChartInput:
    words = spec.labels
    outline = dataset.geometry[spec.geometry]
    counts = events_per_place(dataset.events)
    left_out = set(spec.leave_out)
    places = [p for p in dataset.places if p.id not in left_out and counts[p.id] and inside(outline, p)]
    rows = sorted(
        ({"place": p.name, "region": p.region, "events": counts[p.id], "lat": p.lat, "lon": p.lon} for p in places),
        key=lambda row: (-row["events"], row["place"]),
    )

    def build():
        import altair as alt  # imported only when the spec is not cached

        projection = {"type": "mercator"}
        land = alt.Chart(alt.Data(values=outline["features"])).mark_geoshape().project(**projection)
        points = alt.Chart(alt.Data(values=rows)).encode(
            longitude="lon:Q",
            latitude="lat:Q",
            tooltip=[
                alt.Tooltip("place:N", title=words["place"]),
                alt.Tooltip("region:N", title=words["region"]),
                alt.Tooltip("events:Q", title=words["events"]),
            ],
        )
        circles = points.mark_circle(opacity=0.8, strokeWidth=1).encode(
            size=alt.Size("events:Q", title=words["events"], scale=alt.Scale(range=[40, 1400]), legend=None),
        )
        label_threshold = rows[min(4, len(rows) - 1)]["events"] if rows else 0  # name the five busiest places
        labels = (
            points.transform_filter(f"datum.events >= {label_threshold}")
            .mark_text(align="left", dx=9, dy=-6, fontSize=12, fontWeight="bold")
            .encode(text="place:N")
        )
        return alt.layer(land, circles, labels).project(**projection).properties(width=640, height=380)

    top = rows[0] if rows else {"place": "", "events": 0}
    shown = {p.id for p in places}
    return ChartInput.of(
        spec,
        chart=build,
        description=spec.description.format(top=top["place"], top_count=top["events"], places=len(rows)),
        alt=edition.words.charts.alt.place_map.format(places=len(rows), names=", ".join(r["place"] for r in rows)),
        columns=[Column("place", words["place"]), Column("region", words["region"]), Column("events", words["events"])],
        rows=rows,
        sources=sources_of(e for e in dataset.events if e.place in shown),
        cache_key=hashlib.sha256(json.dumps(outline, sort_keys=True).encode()).hexdigest(),
    )
