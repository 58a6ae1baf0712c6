"""What a chart kind hands the renderer: how to build the chart, its words and the rows behind it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    key: str
    label: str


@dataclass
class ChartInput:
    name: str
    chart: Callable[[], object]  # builds the Altair chart; called only when its spec is not cached
    title: str
    subtitle: str
    description: str  # the chart's main point, in a sentence: its caption
    alt: str  # what the picture shows, for screen readers: never the caption again
    columns: list[Column]
    rows: list[dict]
    sources: list[str]
    cache_key: str = ""  # anything else the spec depends on (a map outline's digest)

    @classmethod
    def of(cls, spec, **fields) -> ChartInput:
        """A chart's input, its name and words taken from its entry in data/story.yaml."""
        return cls(name=spec.id, title=spec.title, subtitle=spec.subtitle, **fields)
