"""Records per day inside a window, stacked by a vocabulary: events by category, reactions by actor."""

from __future__ import annotations

from collections import Counter

from scripts.charts.base import ChartInput, Column
from scripts.derive import busiest_day, days, in_window, sources_of
from scripts.model import day_of

# What each kind of record is counted by, and when it happened.
GROUPING = {
    "events": {"group": "category", "vocabulary": "categories", "moment": lambda e: e.start},
    "reactions": {"group": "actor_type", "vocabulary": "actor_types", "moment": lambda r: r.date},
}


def per_day(spec, dataset, edition) -> ChartInput:
    words, t = spec.labels, edition.words
    grouping = GROUPING[spec.records]
    group, moment = grouping["group"], grouping["moment"]
    labels = t[grouping["vocabulary"]]
    records = getattr(dataset, spec.records)
    chosen = in_window(records, moment, spec.start, spec.end)
    counts = Counter((day_of(moment(r)), getattr(r, group)) for r in chosen)
    window = days(spec.start, spec.end)
    # Every day of the window has its slot, empty ones too; a day is named by its number, and by its
    # month where the month starts (the first day shown, or the 1st).
    slots = {day: fmt_day(day, index, edition.format) for index, day in enumerate(window)}
    rows = [
        {"date": day.isoformat(), "day": slots[day], "when": edition.format.long_date(day), group: label,
         spec.records: counts[(day, term)]}
        for day in window
        for term, label in labels.items()
        if counts[(day, term)]
    ]  # fmt: skip
    order = list(labels.values())
    # Events keep their category's colour from the story, as on the timeline's badges.
    colours = [c.colour for c in dataset.story.categories] if spec.records == "events" else None

    def build():
        return _stacked_by_day(rows, count=spec.records, group=group, order=order, words=words, colours=colours,
                               slots=list(slots.values()))  # fmt: skip

    busiest, busiest_count = busiest_day(chosen, moment)
    seen_days = sorted({day_of(moment(r)) for r in chosen})
    long_date = edition.format.long_date
    return ChartInput.of(
        spec,
        chart=build,
        description=spec.description.format(
            busiest=long_date(busiest), count=busiest_count, total=len(chosen),
            first=long_date(seen_days[0]) if seen_days else "", last=long_date(seen_days[-1]) if seen_days else "",
            later=len(records) - len(chosen),
        ),  # fmt: skip
        alt=t.charts.alt.per_day.format(
            what=words["y"].lower(), start=long_date(spec.start), end=long_date(spec.end), group=words["group"].lower()
        ),
        columns=[Column("date", words["x"]), Column(group, words["group"]), Column(spec.records, words["y"])],
        rows=rows,
        sources=sources_of(chosen),
    )


def fmt_day(day, index: int, fmt) -> str:
    return fmt.short_date(day) if index == 0 or day.day == 1 else str(day.day)


def _stacked_by_day(rows, *, count: str, group: str, order: list[str], words, slots: list[str], colours=None):
    """A stacked bar per day, every day of the window its own labelled slot (the window is short)."""
    import altair as alt  # imported only when the spec is not cached

    axis = alt.Axis(labelAngle=0, labelOverlap=True)
    return (
        alt.Chart(alt.Data(values=rows))
        .mark_bar()
        .encode(
            x=alt.X("day:O", title=words["x"], sort=slots, scale=alt.Scale(domain=slots), axis=axis),
            y=alt.Y(f"sum({count}):Q", title=words["y"], axis=alt.Axis(tickMinStep=1)),
            color=alt.Color(
                f"{group}:N", title=words["group"], sort=order,
                scale=alt.Scale(domain=order, **({"range": colours} if colours else {})),
            ),  # fmt: skip
            order=alt.Order(f"{group}:N"),
            tooltip=[
                alt.Tooltip("when:N", title=words["x"]),
                alt.Tooltip(f"{group}:N", title=words["group"]),
                alt.Tooltip(f"{count}:Q", title=words["y"]),
            ],
        )
        .properties(height=280)
    )
