"""The timeline page: every event, grouped by local day, each with its permalink and filters."""

from __future__ import annotations

from collections import Counter
from datetime import date
from itertools import groupby

from scripts.model import CATEGORIES, day_of, sort_key
from scripts.templating import render

PAGE = "timeline.md"
FOCUS_START, FOCUS_END = date(2022, 1, 1), date(2022, 1, 31)


def periods(events, t) -> list[dict]:
    """Before 2022, January 2022 (the jump index lists each day), and after: each grouped by day."""

    def period_of(event):
        day = day_of(event.start)
        return 0 if day < FOCUS_START else 1 if day <= FOCUS_END else 2

    titles = [(t.timeline.before, "before-2022", False), (t.timeline.january, "january-2022", True),
              (t.timeline.after, "after-january-2022", False)]  # fmt: skip
    result = []
    for index, period_events in groupby(sorted(events, key=lambda e: sort_key(e.start)), key=period_of):
        title, anchor, by_day = titles[index]
        days = [
            {"date": day, "events": list(day_events)}
            for day, day_events in groupby(period_events, key=lambda event: day_of(event.start))
        ]
        result.append({"title": title, "id": anchor, "by_day": by_day, "days": days})
    return result


def timeline_page(dataset, context: dict, charts: list[dict]) -> str:
    t = context["t"]
    used_categories = {event.category for event in dataset.events}
    place_counts = Counter(event.place for event in dataset.events)
    places = {place.id: place for place in dataset.places}
    filter_places = [
        places[place_id] for place_id, _ in sorted(place_counts.items(), key=lambda kv: places[kv[0]].name)
    ]
    categories = [category for category in CATEGORIES if category in used_categories]
    return render(
        "timeline.md.j2",
        periods=periods(dataset.events, t),
        categories=categories,
        filter_places=filter_places,
        filter_targets=[f"category-{c}" for c in categories] + [f"place-{place.id}" for place in filter_places],
        charts=charts,
        **context,
    )


def filter_css(dataset) -> str:
    """CSS that shows only the chosen category or place when its #only-... anchor is the target.

    Works with JavaScript off; the full list is always in the HTML.
    """
    rules = []
    for attribute, values in (("category", sorted({e.category for e in dataset.events})),
                              ("place", sorted({e.place for e in dataset.events}))):  # fmt: skip
        for value in values:
            target = f"#only-{attribute}-{value}:target"
            rules.append(f'{target} ~ .bj-period .bj-event:not([data-{attribute}="{value}"]) {{ display: none; }}')
            rules.append(
                f'{target} ~ .bj-period .bj-day:not(:has(.bj-event[data-{attribute}="{value}"])),\n'
                f'{target} ~ .bj-period:not(:has(.bj-event[data-{attribute}="{value}"])) {{ display: none; }}'
            )
            rules.append(f"{target} ~ .bj-filtered-note {{ display: block; }}")
    return "/* Generated from data/events.yaml: one rule per category and place. */\n" + "\n".join(rules) + "\n"
