"""The timeline page: every event, grouped by local day, each with its permalink."""

from __future__ import annotations

from itertools import groupby

from scripts.model import day_of, sort_key
from scripts.templating import render

PAGE = "timeline.md"


def timeline_page(dataset, context: dict) -> str:
    events = sorted(dataset.events, key=lambda event: sort_key(event.start))
    days = [
        {"date": day, "events": list(day_events)}
        for day, day_events in groupby(events, key=lambda event: day_of(event.start))
    ]
    return render("timeline.md.j2", days=days, **context)
