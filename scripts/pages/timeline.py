"""The timeline page: every event, grouped by local day, each with its permalink and filters.

A long timeline (more than `per_page` events, 500 unless the story says) is split into parts of
whole days, timeline/part-N.md, so no page grows past what a phone can open; the timeline page
then lists the parts, and an old permalink timeline/#event finds its part through a small map.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import groupby

from scripts.colour import text_on
from scripts.derive import timeline_order
from scripts.model import day_of
from scripts.pages import parts as page_parts
from scripts.urls import relative_root

FILE = "timeline.md"
PARTS_MAP = page_parts.MAP_FILE.format(page="timeline")
EVENTS_PER_PAGE = 500


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


def _cut(events, per_page: int) -> list[page_parts.Part]:
    days = groupby(timeline_order(events), key=lambda event: day_of(event.start))
    return page_parts.cut(days, per_page, "timeline")


def parts(events, per_page: int) -> list[list]:
    """The events in order, cut into parts of at most per_page events, at day boundaries where a
    day fits (a day longer than a part is cut inside it)."""
    return [part.records for part in _cut(events, per_page)]


def record_files(dataset, plan) -> dict[tuple[str, str], str]:
    """Where each event and day lives when the timeline is split: ('timeline', anchor) -> part file."""
    cut = _cut(dataset.events, page_parts.per_page(plan, EVENTS_PER_PAGE))
    files = page_parts.anchors(cut, "timeline", lambda event: event.id, lambda day: f"day-{day.isoformat()}")
    if files:
        for period in periods(dataset.events, dataset.story.focus):  # a period opens in the part of its first event
            files.setdefault(("timeline", period["id"]), files[("timeline", period["days"][0]["events"][0].id)])
    return files


def _filters(view, events) -> dict:
    places = view.dataset.places_by_id
    used_categories = {event.category for event in events}
    filter_places = sorted((places[place_id] for place_id in {event.place for event in events}), key=lambda p: p.name)
    categories = [category for category in view.dataset.story.ids("categories") if category in used_categories]
    return {
        "categories": categories,
        "filter_places": filter_places,
        "filter_targets": [{"id": f"category-{c}", "label": view.t.categories[c]} for c in categories]
        + [{"id": f"place-{place.id}", "label": place.name} for place in filter_places],
    }


def build(view) -> str | dict[str, str]:
    dataset = view.dataset
    ordered = timeline_order(dataset.events)
    key_moments = [event for event in ordered if event.key_moment]
    cut = _cut(dataset.events, page_parts.per_page(view.plan, EVENTS_PER_PAGE))
    if len(cut) <= 1:
        links = {event.id: f"#{event.id}" for event in key_moments}
        return view.render(
            "timeline.md.j2", key_moments=key_moments, periods=periods(dataset.events, dataset.story.focus),
            print_sources=view.cited(ordered), links=links, day_links={}, period_links={}, part=None, parts=[],
            **_filters(view, ordered),
        )  # fmt: skip
    fmt = view.edition.format

    def label(part) -> str:
        first, last = day_of(part.records[0].start), day_of(part.records[-1].start)
        return fmt.long_date(first) if first == last else f"{fmt.long_date(first)} – {fmt.long_date(last)}"

    summaries = page_parts.summaries(view, cut, label)
    links = {event.id: view.url("timeline", event.id) for event in key_moments}
    days = sorted({day_of(event.start) for event in ordered})
    day_links = {day: view.url("timeline", f"day-{day.isoformat()}") for day in days}
    period_links = {p["id"]: view.url("timeline", p["id"]) for p in periods(dataset.events, dataset.story.focus)}
    files = {
        FILE: view.render(
            "timeline.md.j2", key_moments=key_moments, periods=periods(dataset.events, dataset.story.focus),
            links=links, day_links=day_links, period_links=period_links, part=None, parts=summaries,
            parts_map=page_parts.map_url(view, "timeline"),
            categories=[], filter_places=[], filter_targets=[],
        )  # fmt: skip
    }
    for part in cut:
        part_view = replace(view, file=part.file, root=relative_root(part.file), charts=[], intro="")
        files[part.file] = part_view.render(
            "timeline.md.j2", key_moments=[], periods=periods(part.records, dataset.story.focus),
            print_sources=part_view.cited(part.records), links={}, day_links={}, period_links={}, parts=[],
            part=page_parts.neighbours(part_view, summaries, part.n, "timeline"), **_filters(part_view, part.records),
        )  # fmt: skip
    return files


def parts_map(files: dict[tuple[str, str], str]) -> bytes | None:
    """Every event, day and period anchor -> its part's address from the site root, for old
    timeline/#links; `files` is what record_files gave (None when the timeline is one page)."""
    return page_parts.parts_map(files, "timeline")


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
