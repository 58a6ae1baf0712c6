"""Deaths reported over time: a step line per reporter, withdrawn figures marked."""

from __future__ import annotations

import altair as alt

from scripts.model import day_of, sort_key
from scripts.render import ChartInput, Column
from scripts.strings import strings


def deaths_over_time(dataset, language: str = "en") -> ChartInput:
    t = strings(language)
    words = t.charts.deaths_over_time
    figures = sorted((f for f in dataset.figures if f.metric == "deaths-total"), key=lambda f: sort_key(f.as_of))
    rows = [
        {
            "date": day_of(f.as_of).isoformat(),
            "deaths": f.value if f.value is not None else f.low,
            "high": f.value if f.value is not None else f.high,
            "reported_by": f.reported_by,
            "status": t.statuses[f.status],
            "id": f.id,
        }
        for f in figures
    ]
    base = alt.Chart(alt.Data(values=rows)).encode(
        x=alt.X("date:T", title=words.x, axis=alt.Axis(format="%-d %b %Y", labelAngle=0, tickCount=5)),
        y=alt.Y("deaths:Q", title=words.y),
        color=alt.Color("reported_by:N", title=words.reporter),
        tooltip=[
            alt.Tooltip("date:T", title=words.x, format="%-d %B %Y"),
            alt.Tooltip("deaths:Q", title=words.y),
            alt.Tooltip("reported_by:N", title=words.reporter),
            alt.Tooltip("status:N", title=words.status),
        ],
    )
    chart = (
        base.mark_line(interpolate="step-after")
        + base.mark_point().encode(shape=alt.Shape("status:N", title=words.status))
        + base.mark_rule().encode(y="deaths:Q", y2="high:Q")
    ).properties(width=560, height=280)
    values = [row["deaths"] for row in rows]
    return ChartInput(
        name="deaths-over-time",
        chart=chart,
        title=words.title,
        subtitle=words.subtitle,
        description=words.description.format(first=min(values, default=0), last=values[-1] if values else 0),
        columns=[
            Column("date", words.x),
            Column("deaths", words.y),
            Column("high", words.y_high),
            Column("reported_by", words.reporter),
            Column("status", words.status),
        ],
        rows=rows,
        sources=sorted({source for f in figures for source in f.sources}),
    )
