"""Numeric background facts as a dated step: a price before and after, say, labelled at each change."""

from __future__ import annotations

from scripts.charts.base import ChartInput, Column
from scripts.charts.time_axis import TimeAxis
from scripts.derive import sources_of
from scripts.model import day_of, sort_key


def value_series(spec, dataset, edition) -> ChartInput:
    words, fmt = spec.labels, edition.format
    chosen = set(spec.facts)
    facts = sorted(
        (f for f in dataset.background if f.id in chosen and isinstance(f.value, int | float)),
        key=lambda f: (sort_key(f.as_of), f.value),
    )
    axis = TimeAxis([day_of(f.as_of) for f in facts] or [dataset.story.focus.start], dataset.story.focus, fmt)
    rows = [
        {"date": day_of(f.as_of).isoformat(), "when": fmt.long_date(f.as_of), "pos": axis.position(day_of(f.as_of)),
         "label": f.label, "value": f.value, "shown": fmt.number(f.value), "id": f.id}
        for f in facts
    ]  # fmt: skip

    def build():
        import altair as alt  # imported only when the spec is not cached

        base = alt.Chart(alt.Data(values=rows)).encode(
            x=alt.X("pos:Q", title=words.get("date", edition.words.charts.date_reported),
                    scale=alt.Scale(domain=[0, 1], nice=False, zero=False),
                    axis=alt.Axis(values=[p for p, _ in axis.ticks], labelExpr=axis.label_expression(), grid=False)),
            y=alt.Y("value:Q", title=words["value"], scale=alt.Scale(zero=True)),
            tooltip=[alt.Tooltip("when:N", title=edition.words.charts.date_reported),
                     alt.Tooltip("label:N", title=words["label"]), alt.Tooltip("value:Q", title=words["value"])],
        )  # fmt: skip
        return alt.layer(
            base.mark_line(interpolate="step-after", strokeWidth=2.5),
            base.mark_point(size=70, filled=True),
            base.mark_text(align="left", dx=6, dy=-10, fontSize=13, fontWeight="bold").encode(text="shown:N"),
        ).properties(height=260)

    values = [f.value for f in facts] or [0]
    return ChartInput.of(
        spec,
        chart=build,
        description=spec.description.format(first=values[0], peak=max(values), last=values[-1]),
        alt=edition.words.charts.alt.value_series.format(count=len(rows), what=words["value"].lower()),
        columns=[Column("date", edition.words.charts.date_reported), Column("label", words["label"]),
                 Column("value", words["value"])],  # fmt: skip
        rows=rows,
        sources=sources_of(facts),
    )
