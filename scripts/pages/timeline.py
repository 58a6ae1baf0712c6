"""The timeline page: every event, grouped by local day, each with its permalink and filters."""

from __future__ import annotations

from itertools import groupby

from scripts.colour import text_on
from scripts.derive import timeline_order
from scripts.model import day_of

FILE = "timeline.md"


def periods(events, focus) -> list[dict]:
    """Before the story's focus, the focus itself (the jump index lists each day), and after."""

    def period_of(event):
        day = day_of(event.start)
        return 0 if day < focus.start else 1 if day <= focus.end else 2

    titles = [(focus.before.label, focus.before.id, False), (focus.label, focus.id, True),
              (focus.after.label, focus.after.id, False)]  # fmt: skip
    result = []
    for index, period_events in groupby(timeline_order(events), key=period_of):
        title, anchor, by_day = titles[index]
        days = [
            {"date": day, "events": list(day_events)}
            for day, day_events in groupby(period_events, key=lambda event: day_of(event.start))
        ]
        result.append({"title": title, "id": anchor, "by_day": by_day, "days": days})
    return result


def build(view) -> str:
    dataset = view.dataset
    used_categories = {event.category for event in dataset.events}
    places = dataset.places_by_id
    used_places = {event.place for event in dataset.events}
    filter_places = sorted((places[place_id] for place_id in used_places), key=lambda place: place.name)
    categories = [category for category in dataset.story.ids("categories") if category in used_categories]
    return view.render(
        "timeline.md.j2",
        key_moments=[event for event in timeline_order(dataset.events) if event.key_moment],
        periods=periods(dataset.events, dataset.story.focus),
        categories=categories,
        filter_places=filter_places,
        print_sources=view.cited(timeline_order(dataset.events)),
        filter_targets=[{"id": f"category-{c}", "label": view.t.categories[c]} for c in categories]
        + [{"id": f"place-{place.id}", "label": place.name} for place in filter_places],
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
            rules.append(f'{target} ~ .bj-filtered-note[data-for="{attribute}-{value}"] {{ display: block; }}')
    return "/* Generated from the events: one rule per category and place. */\n" + "\n".join(rules) + "\n"


def category_css(story) -> str:
    """Each category's badge colour, from data/story.yaml: one colour code for the whole site."""
    lines = ["/* Generated from the story's categories. */", ":root, [data-md-color-scheme] {"]
    lines += [f"  --bj-{c.id}: {c.colour};" for c in story.categories]
    lines.append("}")
    lines += [
        f".bj-badge--{c.id} {{ background: var(--bj-{c.id}); color: {text_on(c.colour)} !important; }}"
        for c in story.categories
    ]
    return "\n".join(lines) + "\n"
