"""Facts computed from records: headline figures, latest counts, totals. Tested on their own."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from scripts.model import PRIMARY_SOURCE_TYPES, day_of, sort_key


def national(figures, measures=None) -> list:
    """Figures for the whole story area (no scope), of the given measures if any, oldest first."""
    chosen = (f for f in figures if f.scope is None and (measures is None or f.measure in measures))
    return sorted(chosen, key=lambda f: (sort_key(f.as_of), f.id))


def firm_value(figure) -> int:
    """The number a figure firmly states: its value, or a range's low end ("at least")."""
    return figure.value if figure.value is not None else figure.low


def headline_figure(figures, measure: str):
    """The figure to state plainly for a measure: the latest final one, else the latest one standing.

    Counts come before estimates, sums and readings of vague words; of two on the same day, the
    larger one, so a part of a count is never shown in place of the whole.
    """
    candidates = national(figures, {measure})
    for statuses in (("final",), ("reported",)):
        standing = [f for f in candidates if f.status in statuses]
        counted = [f for f in standing if f.basis == "count"] or standing
        if counted:
            return max(counted, key=lambda f: (sort_key(f.as_of), firm_value(f)))
    return None


def official_line(figures) -> set[str]:
    """The ids of the figures a chart's line may join: the authorities' own counts that stood,
    except on a day when they gave competing numbers (those stay marks, not a jump in the line)."""
    eligible = [f for f in figures if f.reporter_type == "authorities" and f.basis == "count"]
    eligible = [f for f in eligible if f.status != "withdrawn"]
    values_per_day: dict = {}
    for f in eligible:
        values_per_day.setdefault((f.measure, day_of(f.as_of)), set()).add(firm_value(f))
    return {f.id for f in eligible if len(values_per_day[(f.measure, day_of(f.as_of))]) == 1}


def figures_by_measure(figures, measure_ids) -> list[tuple[str, list]]:
    """(measure, its figures oldest first) for each measure that has any, in the story's order."""
    result = []
    for measure in measure_ids:
        chosen = sorted((f for f in figures if f.measure == measure), key=lambda f: sort_key(f.as_of))
        if chosen:
            result.append((measure, chosen))
    return result


def latest_per_country(deployments) -> list:
    """The latest reported number per country, largest first; counts of the whole force are left out."""
    latest = {}
    national = (d for d in deployments if not d.whole_contingent)
    for deployment in sorted(national, key=lambda d: (sort_key(d.date), d.id)):
        latest[deployment.country] = deployment
    return sorted(latest.values(), key=lambda d: (-d.troops, d.country))


def latest_whole_force(deployments):
    """The latest count of the whole force, or None."""
    totals = sorted((d for d in deployments if d.whole_contingent), key=lambda d: sort_key(d.date))
    return totals[-1] if totals else None


def total_troops(deployments) -> int:
    return sum(d.troops for d in deployments)


def events_per_place(events) -> Counter:
    return Counter(event.place for event in events)


def days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def in_window(records, moment_of, start: date, end: date) -> list:
    return [r for r in records if start <= day_of(moment_of(r)) <= end]


def busiest_day(records, moment_of) -> tuple[date | None, int]:
    """The day with most records (the later one on a tie) and how many it had."""
    per_day = Counter(day_of(moment_of(r)) for r in records)
    if not per_day:
        return None, 0
    return max(per_day.items(), key=lambda kv: (kv[1], kv[0]))


def sources_of(records) -> list[str]:
    return sorted({source for record in records for source in record.sources})


def is_primary(source, story) -> bool:
    """A source on its publisher's own page from the authorities, a wire, public media, a rights
    group, an international body, or one of the story's major outlets."""
    major = source.type in PRIMARY_SOURCE_TYPES or source.publisher.startswith(tuple(story.major_outlets))
    return major and not source.repost


def rests_on_primary(figure, dataset) -> bool:
    """Whether at least one of the figure's sources is primary or a major outlet."""
    sources = dataset.sources_by_id
    return any(is_primary(sources[source], dataset.story) for source in figure.sources)


def traced(dataset) -> list:
    """The figures the site may state as a headline or draw in a chart: those resting on a primary
    or major-outlet source. The others stay in the ledger, marked, until such a source is found."""
    return [figure for figure in dataset.figures if rests_on_primary(figure, dataset)]


def figures_needing_primary_source(dataset) -> list:
    """The figures held back: whole-area figures that would be a headline or stand in a ledger chart
    but rest on no primary or major-outlet source (research's to-do list, in `scripts stats`)."""
    story = dataset.story
    charted = {measure for chart in story.charts for measure in getattr(chart, "measures", [])}
    headlines = {best.id for m in story.measures if (best := headline_figure(dataset.figures, m.id))}
    shown = [f for f in dataset.figures if f.id in headlines or (f.measure in charted and f.scope is None)]
    return [f for f in shown if not rests_on_primary(f, dataset)]


# Where an untimed event stands in its day, in minutes after midnight: the middle of its part of the
# day; with no part given, at the start of the day (as a bare date sorts).
_DAY_PART_MINUTES = {"night": 180, "morning": 540, "afternoon": 900, "evening": 1200}


def timeline_order(events) -> list:
    """Events in the order they happened: by local day, then time, part of day, or the event each follows."""
    by_id = {event.id: event for event in events}

    def minutes(event, seen=()) -> float:
        if event.after in by_id and event.after not in seen:
            return minutes(by_id[event.after], (*seen, event.id)) + 0.5
        if hasattr(event.start, "hour"):
            return event.start.hour * 60 + event.start.minute
        return _DAY_PART_MINUTES.get(event.day_part, -1)

    return sorted(events, key=lambda event: (day_of(event.start), minutes(event)))
