"""Counts that show whether the data set is complete: `python -m scripts stats`."""

from __future__ import annotations

from collections import Counter

from scripts.derive import days, figures_needing_primary_source
from scripts.kinds import KINDS
from scripts.model import day_of


def _table(title: str, counter: Counter, sort_by_key: bool = False) -> list[str]:
    items = sorted(counter.items()) if sort_by_key else counter.most_common()
    width = max((len(str(key)) for key, _ in items), default=0)
    return [f"\n{title}"] + [f"  {str(key):<{width}}  {count:>4}" for key, count in items]


def stats_report(dataset) -> str:
    focus = dataset.story.focus
    lines = ["Records per kind"]
    lines += [f"  {kind.file:<18} {len(dataset.by_kind(kind)):>4}" for kind in KINDS]
    per_day = Counter(day_of(e.start).isoformat() for e in dataset.events)
    story_days = [day.isoformat() for day in days(focus.start, focus.end)]
    lines += _table(f"Events per day, {focus.label}", Counter({d: per_day[d] for d in story_days}), True)
    missing = [d for d in story_days if not per_day[d]]
    lines.append(f"  days without events: {', '.join(missing) if missing else 'none'}")
    lines += _table("Events per category", Counter(e.category for e in dataset.events))
    lines += _table("Figures per measure", Counter(f.measure for f in dataset.figures))
    lines += _table("Figures per status", Counter(f.status for f in dataset.figures))
    lines += _table("Reactions per actor type", Counter(r.actor_type for r in dataset.reactions))
    lines.append(f"  distinct actors (country or organisation): {len({r.country_or_org for r in dataset.reactions})}")
    lines += _table("Sources per publisher", Counter(s.publisher for s in dataset.sources))
    lines.append(f"  publishers: {len({s.publisher for s in dataset.sources})}")
    lines += _table("Sources per language", Counter(s.language for s in dataset.sources))
    lines += _table("Sources per type", Counter(s.type for s in dataset.sources))
    reposts, undated = sum(s.repost for s in dataset.sources), sum(not s.published for s in dataset.sources)
    total = len(dataset.sources) or 1
    lines.append(f"  copies on other sites (repost): {reposts} ({reposts / total:.0%}); no date shown: {undated} "
                 f"({undated / total:.0%})")  # fmt: skip
    weak = figures_needing_primary_source(dataset)
    lines.append(f"\nHeld back from headlines and charts for want of a primary or major-outlet source: {len(weak)}")
    lines += [f"  {figure.id}" for figure in weak]
    records = [record for kind in KINDS if kind.file != "sources.yaml" for record in dataset.by_kind(kind)]
    cited = {s for record in records for s in getattr(record, "sources", [])}
    lines.append(f"\nRecords without a source: {len([r for r in records if getattr(r, 'sources', None) == []])}")
    lines.append(f"Sources cited by no record: {len([s for s in dataset.sources if s.id not in cited])}")
    return "\n".join(lines)
