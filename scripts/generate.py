"""Validated records -> every generated page and asset, as {path in the built docs: content}."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup

from scripts.charts import ALL_CHARTS
from scripts.last_updated import last_updated
from scripts.open_data import open_data_files
from scripts.pages import background, casualties, data, home, reactions, sources, timeline
from scripts.paths import ROOT
from scripts.render import RenderedChart, render, theme_files
from scripts.strings import strings
from scripts.urls import relative_root

INTRO_DIR = "intros"
FILTER_CSS = "assets/timeline-filters.css"

# Which charts open which page, in order.
CHARTS_ON_PAGE = {
    home.PAGE: ["kazakhstan-map", "deaths-over-time"],
    background.PAGE: ["lpg-price", "csto-contingent"],
    timeline.PAGE: ["events-per-day"],
    casualties.PAGE: ["deaths-over-time", "injured-over-time", "detained-over-time"],
    reactions.PAGE: ["reactions-by-date"],
}


@dataclass
class Generated:
    files: dict[str, str | bytes] = field(default_factory=dict)
    charts: dict[str, RenderedChart] = field(default_factory=dict)


def read_intro(docs_dir: Path, page: str) -> Markup:
    """The editor's Markdown that opens a generated page (docs/intros/<page>), or ''.

    Hand-written Markdown is the editors' own page text, like any file in docs/: it goes into the
    page as written (quotes, footnotes, <autolinks>), where text from data/ is always escaped.
    """
    path = docs_dir / INTRO_DIR / page
    return Markup(path.read_text(encoding="utf-8").strip() if path.exists() else "")


def generate(dataset, docs_dir: Path, language: str = "en") -> Generated:
    out = Generated()
    for chart_function in ALL_CHARTS:
        chart = render(chart_function(dataset, language))
        out.charts[chart.input.name] = chart
        out.files.update(chart.files)
    t = strings(language)
    source_index = {source.id: source for source in dataset.sources}
    place_index = {place.id: place for place in dataset.places}

    def context(page: str) -> dict:
        return {
            "t": t,
            "intro": read_intro(docs_dir, page),
            "sources": source_index,
            "places": place_index,
            "root": relative_root(page),
        }

    def charts_for(page: str) -> list[dict]:
        return [out.charts[name].view(relative_root(page)) for name in CHARTS_ON_PAGE.get(page, [])]

    out.files[home.PAGE] = home.home_page(dataset, context(home.PAGE), charts_for(home.PAGE))
    out.files[background.PAGE] = background.background_page(
        dataset, context(background.PAGE), charts_for(background.PAGE)
    )
    out.files[timeline.PAGE] = timeline.timeline_page(dataset, context(timeline.PAGE), charts_for(timeline.PAGE))
    out.files[casualties.PAGE] = casualties.casualties_page(
        dataset, context(casualties.PAGE), charts_for(casualties.PAGE)
    )
    out.files[reactions.PAGE] = reactions.reactions_page(dataset, context(reactions.PAGE), charts_for(reactions.PAGE))
    out.files[sources.PAGE] = sources.sources_page(dataset, context(sources.PAGE), last_updated(ROOT))
    out.files[data.PAGE] = data.data_page(dataset, context(data.PAGE))
    out.files[FILTER_CSS] = timeline.filter_css(dataset)
    out.files.update(open_data_files(dataset, language))
    out.files.update(theme_files())
    return out
