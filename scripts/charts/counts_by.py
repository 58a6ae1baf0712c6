"""Records counted by one vocabulary, one bar each, split by a second: reactions by stance and actor."""

from __future__ import annotations

from collections import Counter

from scripts.charts.base import ChartInput, Column
from scripts.derive import sources_of

# Each field a chart may count by, and the word table that names its values.
VOCABULARIES = {"category": "categories", "stance": "stances", "actor_type": "actor_types"}


def _names(field: str, dataset, t) -> dict[str, str]:
    if field == "place":
        return {place.id: place.name for place in dataset.places}
    return dict(t[VOCABULARIES[field]])


def counts_by(spec, dataset, edition) -> ChartInput:
    words, t = spec.labels, edition.words
    records = getattr(dataset, spec.records)
    by_names, split_names = _names(spec.by, dataset, t), _names(spec.split, dataset, t)
    counts = Counter((getattr(r, spec.by), getattr(r, spec.split)) for r in records)
    rows = [
        {"by": by_names[b], "split": split_names[s], "count": counts[(b, s)]}
        for b in by_names
        for s in split_names
        if counts[(b, s)]
    ]
    totals = Counter(getattr(r, spec.by) for r in records)
    top, top_count = max(totals.items(), key=lambda kv: (kv[1], kv[0])) if totals else ("", 0)
    order = [by_names[b] for b in by_names if totals[b]]
    split_order = [split_names[s] for s in split_names]

    def build():
        import altair as alt  # imported only when the spec is not cached

        bars = alt.Chart(alt.Data(values=rows)).encode(
            y=alt.Y("by:N", title=None, sort=order, axis=alt.Axis(labelLimit=200)),
            x=alt.X("sum(count):Q", title=words["count"], axis=alt.Axis(tickMinStep=1)),
            color=alt.Color("split:N", title=words["split"], sort=split_order, scale=alt.Scale(domain=split_order)),
            order=alt.Order("split:N"),
            tooltip=[alt.Tooltip("by:N", title=words["by"]), alt.Tooltip("split:N", title=words["split"]),
                     alt.Tooltip("count:Q", title=words["count"])],  # fmt: skip
        )
        return bars.mark_bar().properties(height=alt.Step(30))

    return ChartInput.of(
        spec,
        chart=build,
        description=spec.description.format(top=by_names.get(top, ""), top_count=top_count, total=len(records)),
        alt=t.charts.alt.counts_by.format(
            what=words["count"].lower(), by=words["by"].lower(), split=words["split"].lower()
        ),
        columns=[Column("by", words["by"]), Column("split", words["split"]), Column("count", words["count"])],
        rows=rows,
        sources=sources_of(records),
    )
