"""International reactions in January 2022, by day and kind of actor (later ones are in the table)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from scripts.charts.daily_bars import stacked_by_day
from scripts.model import ACTOR_TYPES, day_of
from scripts.render import ChartInput, Column
from scripts.strings import strings
from scripts.templating import environment

WINDOW = (date(2022, 1, 1), date(2022, 1, 31))


def reactions_by_date(dataset, language: str = "en") -> ChartInput:
    t = strings(language)
    words = t.charts.reactions_by_date
    in_window = [r for r in dataset.reactions if WINDOW[0] <= day_of(r.date) <= WINDOW[1]]
    counts = Counter((day_of(r.date), r.actor_type) for r in in_window)
    rows = [
        {"date": day.isoformat(), "actor_type": t.actor_types[actor_type], "reactions": count}
        for (day, actor_type), count in sorted(counts.items())
    ]

    order = [t.actor_types[a] for a in ACTOR_TYPES]

    def build():
        return stacked_by_day(
            rows, count="reactions", group="actor_type", order=order, x_title=words.x, y_title=words.y,
            group_title=words.actor_type, day_format="%-d", height=260, ordinal_days=True,
        )  # fmt: skip

    per_day = Counter(day_of(r.date) for r in in_window)
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
            total=len(in_window),
            later=len(dataset.reactions) - len(in_window),
        ),  # fmt: skip
        columns=[Column("date", words.x), Column("actor_type", words.actor_type), Column("reactions", words.y)],
        rows=rows,
        sources=sorted({s for r in in_window for s in r.sources}),
    )
