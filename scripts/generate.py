"""Validated records -> every generated page and asset, as {path in the site's docs: content}."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from scripts.charts.deaths_over_time import deaths_over_time
from scripts.pages import casualties, timeline
from scripts.render import RenderedChart, render

INTRO_DIR = "intros"


@dataclass
class Generated:
    files: dict[str, str | bytes] = field(default_factory=dict)
    charts: list[RenderedChart] = field(default_factory=list)


def relative_root(page: str) -> str:
    """'../' per folder between a page's URL and the site root (MkDocs' use_directory_urls)."""
    depth = page.count("/") + (0 if page.endswith("index.md") else 1)
    return "../" * depth


def read_intro(docs_dir: Path, page: str) -> str:
    """The editor's Markdown that opens a generated page (docs/intros/<page>.md), or ''."""
    path = docs_dir / INTRO_DIR / page
    return path.read_text(encoding="utf-8").strip() if path.exists() else ""


def generate(dataset, docs_dir: Path, language: str = "en") -> Generated:
    out = Generated()
    out.charts = [render(deaths_over_time(dataset, language))]
    for chart in out.charts:
        out.files.update(chart.files)

    def context(page: str) -> dict:
        return {
            "intro": read_intro(docs_dir, page),
            "sources": {source.id: source for source in dataset.sources},
            "places": {place.id: place for place in dataset.places},
            "root": relative_root(page),
        }

    out.files[timeline.PAGE] = timeline.timeline_page(dataset, context(timeline.PAGE))
    casualty_context = context(casualties.PAGE)
    out.files[casualties.PAGE] = casualties.casualties_page(
        dataset, casualty_context, [chart.view(casualty_context["root"]) for chart in out.charts]
    )
    return out
