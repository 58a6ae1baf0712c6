"""Places on the story's own outline, among its neighbours, a circle each sized by its main events."""

from __future__ import annotations

import hashlib
import json

from scripts.charts.base import ChartInput, Column
from scripts.derive import events_per_place, sources_of

# Where a place's name goes: (align, x, y) of the text beside its circle, in circle radii (plus a gap).
LABEL_SIDES = {"right": ("left", 1, 0), "left": ("right", -1, 0), "above": ("center", 0, -1),
               "below": ("center", 0, 1)}  # fmt: skip
SIZE_RANGE = (25, 1200)  # circle areas in square pixels
GAP = 5


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
    context = dataset.geometry.get(spec.context) if spec.context else None
    counted = [e for e in dataset.events if not spec.count_categories or e.category in spec.count_categories]
    all_counts, counts = events_per_place(dataset.events), events_per_place(counted)
    left_out = set(spec.leave_out)
    places = [p for p in dataset.places if p.id not in left_out and all_counts[p.id] and inside(outline, p)]
    rows = sorted(
        ({"place": p.name, "region": p.region, "events": counts[p.id], "lat": p.lat, "lon": p.lon,
          "side": p.label_side, "radius": 0} for p in places),  # fmt: skip
        key=lambda row: (-row["events"], row["place"]),
    )
    most = max((row["events"] for row in rows), default=0) or 1
    for row in rows:  # the circle's radius, so its name starts just outside it
        area = SIZE_RANGE[0] + (SIZE_RANGE[1] - SIZE_RANGE[0]) * row["events"] / most
        row["radius"] = round((area / 3.14159) ** 0.5)
    radii = sorted({row["radius"] for row in rows})
    names = [name.model_dump() for name in spec.names]

    def build():
        import altair as alt  # imported only when the spec is not cached

        projection = {"type": "mercator", "fit": outline}
        layers = []
        if context is not None:
            layers.append(
                alt.Chart(alt.Data(values=context["features"])).mark_geoshape(opacity=0.6, clip=True)
            )
        layers.append(alt.Chart(alt.Data(values=outline["features"])).mark_geoshape(clip=True))
        points = alt.Chart(alt.Data(values=rows)).encode(
            longitude="lon:Q",
            latitude="lat:Q",
            tooltip=[
                alt.Tooltip("place:N", title=words["place"]),
                alt.Tooltip("region:N", title=words["region"]),
                alt.Tooltip("events:Q", title=words["events"]),
            ],
        )
        key = alt.Legend(orient="bottom", direction="horizontal", values=sorted({1, max(1, most // 2), most}))
        size = alt.Size("events:Q", title=words["events"], scale=alt.Scale(range=list(SIZE_RANGE), zero=True),
                        legend=key)  # fmt: skip
        layers.append(points.mark_circle(opacity=0.8, strokeWidth=1).encode(size=size))
        for side, (align, x, y) in LABEL_SIDES.items():  # every place named, on its own side
            for radius in radii:
                layers.append(
                    points.transform_filter(f"datum.side == '{side}' && datum.radius == {radius}")
                    .mark_text(align=align, dx=x * (radius + GAP), dy=y * (radius + GAP + 4), fontSize=12,
                               fontWeight="bold")
                    .encode(text="place:N")
                )  # fmt: skip
        if names:
            layers.append(
                alt.Chart(alt.Data(values=names)).mark_text(fontSize=12, fontStyle="italic", opacity=0.8)
                .encode(longitude="lon:Q", latitude="lat:Q", text="text:N")
            )  # fmt: skip
        return alt.layer(*layers).project(**projection).properties(width=640, height=380)

    top = rows[0] if rows else {"place": "", "events": 0}
    shown = {p.id for p in places}
    key = json.dumps([outline, context], sort_keys=True).encode()
    return ChartInput.of(
        spec,
        chart=build,
        description=spec.description.format(top=top["place"], top_count=top["events"], places=len(rows)),
        alt=edition.words.charts.alt.place_map.format(places=len(rows), names=", ".join(r["place"] for r in rows)),
        columns=[Column("place", words["place"]), Column("region", words["region"]), Column("events", words["events"])],
        rows=rows,
        sources=sources_of(e for e in counted if e.place in shown),
        cache_key=hashlib.sha256(key).hexdigest(),
    )
