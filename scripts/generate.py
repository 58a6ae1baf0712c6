"""Validated records -> every generated page and asset of one edition, as {path in the built docs: content}."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup

from scripts.charts.registry import chart_input
from scripts.edition import edition_for
from scripts.last_updated import last_updated
from scripts.open_data import open_data_files
from scripts.pages import PAGES, timeline
from scripts.pages.view import PageView
from scripts.paths import ASSETS_DIR
from scripts.render import RenderedChart, render, theme_files
from scripts.templating import Renderer
from scripts.urls import relative_root

INTRO_DIR = "intros"
FILTER_CSS = "assets/timeline-filters.css"
CATEGORY_CSS = "assets/categories.css"


@dataclass
class Generated:
    files: dict[str, str | bytes] = field(default_factory=dict)
    charts: dict[str, RenderedChart] = field(default_factory=dict)
    footer: str = ""  # the site-wide footer (who made it, corrections, how to cite, last updated)


def read_intro(docs_dir: Path, page: str) -> Markup:
    """The editor's Markdown that opens a generated page (docs/intros/<page>), or ''.

    Hand-written Markdown is the editors' own page text, like any file in docs/: it goes into the
    page as written (quotes, footnotes, <autolinks>), where text from data/ is always escaped.
    """
    path = docs_dir / INTRO_DIR / page
    return Markup(path.read_text(encoding="utf-8").strip() if path.exists() else "")


def engine_assets() -> dict[str, bytes]:
    """The engine's own CSS and scripts (and the vendored chart libraries), served by every story."""
    return {
        f"assets/{path.relative_to(ASSETS_DIR).as_posix()}": path.read_bytes()
        for path in sorted(ASSETS_DIR.rglob("*"))
        if path.is_file()
    }


def generate(dataset, docs_dir: Path, edition=None, project_dir: Path | None = None) -> Generated:
    """Every page the story names, its charts, the open data and the engine's assets."""
    story = dataset.story
    edition = edition or edition_for(story)
    out = Generated()
    for spec in story.charts:
        chart = render(chart_input(spec, dataset, edition))
        out.charts[spec.id] = chart
        out.files.update(chart.files)
    renderer = Renderer(edition)
    files = {name: PAGES[name].FILE for name in story.pages}
    updated = last_updated(dataset, project_dir or docs_dir.parent)
    for name, plan in story.pages.items():
        page = PAGES[name]
        root = relative_root(page.FILE)
        view = PageView(
            file=page.FILE, dataset=dataset, edition=edition, renderer=renderer, plan=plan, root=root,
            intro=read_intro(docs_dir, page.FILE), charts=[out.charts[c].view(root) for c in plan.charts],
            last_updated=updated, anchors=files,
        )  # fmt: skip
        out.files[page.FILE] = page.build(view)
    out.footer = renderer.render("_footer.html.j2", story=story, updated=updated, sources_url="sources/")
    out.files[FILTER_CSS] = timeline.filter_css(dataset)
    out.files[CATEGORY_CSS] = timeline.category_css(story)
    out.files.update(open_data_files(dataset, edition))
    out.files.update(theme_files())
    out.files.update(engine_assets())
    return out
