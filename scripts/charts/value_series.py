"""Numeric background facts in date order, as labelled bars (a price before and after, say)."""

from __future__ import annotations

from scripts.charts.base import ChartInput, Column
from scripts.derive import sources_of
from scripts.model import sort_key


def value_series(spec, dataset, edition) -> ChartInput:
    words = spec.labels
    chosen = set(spec.facts)
    facts = sorted(
        (f for f in dataset.background if f.id in chosen and isinstance(f.value, int | float)),
        key=lambda f: (sort_key(f.as_of), f.value),
    )
    rows = [{"label": f.label, "value": f.value, "id": f.id} for f in facts]

    def build():
        import altair as alt  # imported only when the spec is not cached

        bars = alt.Chart(alt.Data(values=rows)).encode(
            y=alt.Y("label:N", title=None, sort=None, axis=alt.Axis(labelLimit=280)),
            x=alt.X("value:Q", title=words["value"]),
            tooltip=[alt.Tooltip("label:N", title=words["label"]), alt.Tooltip("value:Q", title=words["value"])],
        )
        return alt.layer(
            bars.mark_bar(),
            bars.mark_text(align="left", dx=4).encode(text="value:Q"),
        ).properties(height=alt.Step(34))

    values = [f.value for f in facts] or [0]
    return ChartInput.of(
        spec,
        chart=build,
        description=spec.description.format(first=values[0], peak=max(values), last=values[-1]),
        alt=edition.words.charts.alt.value_series.format(count=len(rows), what=words["value"].lower()),
        columns=[Column("label", words["label"]), Column("value", words["value"])],
        rows=rows,
        sources=sources_of(facts),
    )
