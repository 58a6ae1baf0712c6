"""International reactions by date and kind of actor."""

from __future__ import annotations

from collections import Counter

from scripts.model import ACTOR_TYPES, day_of
from scripts.render import ChartInput, Column
from scripts.strings import strings
from scripts.templating import environment


def reactions_by_date(dataset, language: str = "en") -> ChartInput:
    t = strings(language)
    words = t.charts.reactions_by_date
    counts = Counter((day_of(r.date), r.actor_type) for r in dataset.reactions)
    rows = [
        {"date": day.isoformat(), "actor_type": t.actor_types[actor_type], "reactions": count}
        for (day, actor_type), count in sorted(counts.items())
    ]

    def build():
        import altair as alt  # imported only when the spec is not cached

        order = [t.actor_types[a] for a in ACTOR_TYPES]
        chart = (
            alt.Chart(alt.Data(values=rows))
            .mark_bar()
            .encode(
                x=alt.X("date:T", title=words.x, timeUnit="yearmonthdate",
                        axis=alt.Axis(format="%-d %b", labelAngle=0, tickCount=6)),
                y=alt.Y("sum(reactions):Q", title=words.y, axis=alt.Axis(tickMinStep=1)),
                color=alt.Color("actor_type:N", title=words.actor_type, sort=order, scale=alt.Scale(domain=order)),
                tooltip=[
                    alt.Tooltip("date:T", title=words.x, format="%-d %B %Y"),
                    alt.Tooltip("actor_type:N", title=words.actor_type),
                    alt.Tooltip("reactions:Q", title=words.y),
                ],
            )
            .properties(height=260)
        )  # fmt: skip
        return chart

    per_day = Counter(day_of(r.date) for r in dataset.reactions)
    long_date = environment(language).filters["long_date"]
    days = sorted(per_day)
    peak_day, peak_count = max(per_day.items(), key=lambda kv: (kv[1], kv[0])) if per_day else (None, 0)
    return ChartInput(
        name="reactions-by-date",
        chart=build,
        title=words.title,
        subtitle=words.subtitle,
        description=words.description.format(
            first=long_date(days[0]) if days else "",
            last=long_date(days[-1]) if days else "",
            peak_day=long_date(peak_day) if peak_day else "",
            peak_count=peak_count,
        ),  # fmt: skip
        columns=[Column("date", words.x), Column("actor_type", words.actor_type), Column("reactions", words.y)],
        rows=rows,
        sources=sorted({s for r in dataset.reactions for s in r.sources}),
    )
