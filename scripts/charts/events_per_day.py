"""Events per day by category, 2 to 19 January 2022."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from scripts.charts.daily_bars import stacked_by_day
from scripts.model import CATEGORIES, day_of
from scripts.render import ChartInput, Column
from scripts.strings import strings
from scripts.templating import environment

FIRST_DAY, LAST_DAY = date(2022, 1, 2), date(2022, 1, 19)


def events_per_day(dataset, language: str = "en") -> ChartInput:
    t = strings(language)
    words = t.charts.events_per_day
    in_window = [e for e in dataset.events if FIRST_DAY <= day_of(e.start) <= LAST_DAY]
    counts = Counter((day_of(e.start), e.category) for e in in_window)
    rows = [
        {"date": day.isoformat(), "category": t.categories[category], "events": counts[(day, category)]}
        for day in (FIRST_DAY + timedelta(days=n) for n in range((LAST_DAY - FIRST_DAY).days + 1))
        for category in CATEGORIES
        if counts[(day, category)]
    ]
    per_day = Counter(day_of(e.start) for e in in_window)
    busiest, busiest_count = max(per_day.items(), key=lambda kv: (kv[1], kv[0])) if per_day else (FIRST_DAY, 0)

    order = [t.categories[c] for c in CATEGORIES]

    def build():
        return stacked_by_day(
            rows, count="events", group="category", order=order, x_title=words.x, y_title=words.y,
            group_title=words.category, day_format="%-d", height=280, ordinal_days=True,
        )  # fmt: skip

    long_date = environment(language).filters["long_date"]
    return ChartInput(
        name="events-per-day",
        chart=build,
        title=words.title,
        subtitle=words.subtitle,
        description=words.description.format(busiest=long_date(busiest), count=busiest_count, total=len(in_window)),
        columns=[Column("date", words.x), Column("category", words.category), Column("events", words.y)],
        rows=rows,
        sources=sorted({s for e in in_window for s in e.sources}),
    )
