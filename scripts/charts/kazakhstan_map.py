"""A map of Kazakhstan with a circle per place, sized by its number of timeline events."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache

from scripts.paths import DATA_DIR
from scripts.render import ChartInput, Column
from scripts.strings import strings

OUTLINE = DATA_DIR / "geo" / "kazakhstan.geojson"
NOT_ON_MAP = {"kazakhstan"}  # country-wide events have no point


@cache
def outline() -> dict:
    return json.loads(OUTLINE.read_text(encoding="utf-8"))


def _inside_kazakhstan(place) -> bool:
    """Point in polygon (even-odd rule) against the outline: Moscow or Bishkek stay off the map."""
    inside = False
    for polygon in outline()["features"][0]["geometry"]["coordinates"]:
        for ring in polygon:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
                if (y1 > place.lat) != (y2 > place.lat) and place.lon < x1 + (place.lat - y1) * (x2 - x1) / (y2 - y1):
                    inside = not inside
    return inside


def kazakhstan_map(dataset, language: str = "en") -> ChartInput:
    t = strings(language)
    words = t.charts.kazakhstan_map
    counts = Counter(event.place for event in dataset.events)
    places = [p for p in dataset.places if p.id not in NOT_ON_MAP and counts[p.id] and _inside_kazakhstan(p)]
    rows = sorted(
        ({"place": p.name, "region": p.region, "events": counts[p.id], "lat": p.lat, "lon": p.lon} for p in places),
        key=lambda row: (-row["events"], row["place"]),
    )

    def build():
        import altair as alt  # imported only when the spec is not cached

        projection = {"type": "mercator"}
        land = alt.Chart(alt.Data(values=outline()["features"])).mark_geoshape().project(**projection)
        points = alt.Chart(alt.Data(values=rows)).encode(
            longitude="lon:Q",
            latitude="lat:Q",
            tooltip=[
                alt.Tooltip("place:N", title=words.place),
                alt.Tooltip("region:N", title=words.region),
                alt.Tooltip("events:Q", title=words.events),
            ],
        )
        circles = points.mark_circle(opacity=0.8, strokeWidth=1).encode(
            size=alt.Size("events:Q", title=words.events, scale=alt.Scale(range=[40, 1400]), legend=None),
        )
        label_threshold = rows[min(4, len(rows) - 1)]["events"] if rows else 0  # name the five busiest places
        labels = (
            points.transform_filter(f"datum.events >= {label_threshold}")
            .mark_text(align="left", dx=9, dy=-6, fontSize=12, fontWeight="bold")
            .encode(text="place:N")
        )
        chart = alt.layer(land, circles, labels).project(**projection).properties(width=640, height=380)
        return chart

    top = rows[0] if rows else {"place": "", "events": 0}
    return ChartInput(
        name="kazakhstan-map",
        chart=build,
        title=words.title,
        subtitle=words.subtitle,
        description=words.description.format(top=top["place"], top_count=top["events"], places=len(rows)),
        columns=[Column("place", words.place), Column("region", words.region), Column("events", words.events)],
        rows=rows,
        sources=sorted({s for e in dataset.events if e.place in {p.id for p in places} for s in e.sources}),
    )
