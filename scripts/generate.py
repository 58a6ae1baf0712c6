"""Validated records -> every generated page and asset of one edition, as {path in the built docs: content}."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup

from scripts import front_matter
from scripts.charts.registry import chart_input
from scripts.edition import edition_for
from scripts.feeds import ATOM_FILE, JSON_FILE, feed_files
from scripts.last_updated import last_updated
from scripts.open_data import open_data_files
from scripts.pages import PAGES, timeline
from scripts.pages.sources import backlink_targets
from scripts.pages.view import PageView
from scripts.paths import ASSETS_DIR
from scripts.render import RenderedChart, render, theme_files
from scripts.share_images import card_for, card_png
from scripts.structured_data import json_ld_text, page_json_ld
from scripts.templating import Renderer
from scripts.urls import published_url, relative_root

INTRO_DIR = "intros"
FILTER_CSS = "assets/timeline-filters.css"
CATEGORY_CSS = "assets/categories.css"


@dataclass
class Generated:
    files: dict[str, str | bytes] = field(default_factory=dict)
    charts: dict[str, RenderedChart] = field(default_factory=dict)
    footer: str = ""  # the site-wide footer (who made it, corrections, how to cite, last updated)
    feeds: dict[str, str] = field(default_factory=dict)  # the feeds' paths and title, for every page's head

    @property
    def extra(self) -> dict:
        """What the theme's templates read from the configuration's `extra` (set by the hook, or exported)."""
        return {"story_footer": self.footer, "story_feeds": self.feeds}


def read_intro(docs_dir: Path, page: str) -> Markup:
    """The editor's Markdown that opens a generated page (docs/intros/<page>), or ''.

    Hand-written Markdown is the editors' own page text, like any file in docs/: it goes into the
    page as written (quotes, footnotes, <autolinks>), where text from data/ is always escaped.
    """
    path = docs_dir / INTRO_DIR / page
    return Markup(path.read_text(encoding="utf-8").strip() if path.exists() else "")


def relink_parts(markdown: str, record_files: dict[tuple[str, str], str], files: dict[str, str]) -> str:
    """An editor's link to a record on a page split into parts (timeline.md#event) points to its part,
    so MkDocs still checks it and the reader lands on the event."""
    if not record_files:
        return markdown
    page_of = {file: name for name, file in files.items()}

    def target(match: re.Match) -> str:
        part = record_files.get((page_of.get(match.group(1)), match.group(2)))
        return f"{part}#{match.group(2)}" if part else match.group(0)

    return Markup(_RECORD_LINK.sub(target, markdown))


_RECORD_LINK = re.compile(r"(?<![\w/.-])([\w-]+\.md)#([\w-]+)")


def engine_assets() -> dict[str, bytes]:
    """The engine's own CSS and scripts (and the vendored chart libraries), served by every story."""
    return {
        f"assets/{path.relative_to(ASSETS_DIR).as_posix()}": path.read_bytes()
        for path in sorted(ASSETS_DIR.rglob("*"))
        if path.is_file()
    }


def generate(
    dataset, docs_dir: Path, edition=None, project_dir: Path | None = None, site_url: str | None = None
) -> Generated:
    """Every page the story names, its charts, share images and feeds, the open data and the engine's assets.

    With `site_url` (mkdocs.yml's), pages carry JSON-LD and absolute share-image addresses, and the
    feeds are written; without it, neither (a feed needs absolute links).
    """
    story = dataset.story
    edition = edition or edition_for(story)
    site_url = site_url and site_url.rstrip("/") + "/"
    out = Generated()
    for spec in story.charts:
        chart = render(chart_input(spec, dataset, edition))
        out.charts[spec.id] = chart
        out.files.update(chart.files)
    renderer = Renderer(edition)
    files = {name: PAGES[name].FILE for name in story.pages}
    updated = last_updated(dataset, project_dir or docs_dir.parent)
    # Where records live on pages split into parts (a long timeline), known before any page links to them.
    parts = {}
    for name, plan in story.pages.items():
        if hasattr(PAGES[name], "record_files"):
            parts.update(PAGES[name].record_files(dataset, plan))
    for name, plan in story.pages.items():
        page = PAGES[name]
        root = relative_root(page.FILE)
        view = PageView(
            file=page.FILE, dataset=dataset, edition=edition, renderer=renderer, plan=plan, root=root,
            intro=relink_parts(read_intro(docs_dir, page.FILE), parts, files),
            charts=[out.charts[c].view(root) for c in plan.charts],
            last_updated=updated, anchors=files, site_url=site_url, record_files=parts,
        )  # fmt: skip
        built = page.build(view)
        for file, markdown in (built.items() if isinstance(built, dict) else [(page.FILE, built)]):
            charts = plan.charts if file == page.FILE else []
            meta = front_matter.read(markdown)
            card = card_for(file, meta, charts, out.charts, dataset, edition)
            out.files[card.path] = card_png(card)
            head = {"image": card.path, "image_alt": card.alt}
            if site_url:
                url = published_url(site_url, file)
                data = page_json_ld(name, meta, url, site_url + card.path, dataset, edition, updated, site_url)
                head["json_ld"] = json_ld_text(data)
            out.files[file] = front_matter.add(markdown, head)
    if table := timeline.parts_map(parts):
        out.files[timeline.PARTS_MAP] = table
    out.footer = renderer.render("_footer.html.j2", story=story, updated=updated, sources_url="sources/",
                                 release=story.release, feed=ATOM_FILE if site_url else None)  # fmt: skip
    if site_url:
        root_view = PageView(file="index.md", dataset=dataset, edition=edition, renderer=renderer, plan=None,
                             root="", anchors=files, record_files=parts)  # fmt: skip
        permalinks = backlink_targets(root_view)
        for release in story.releases:
            permalinks[release.anchor] = {"url": root_view.url("data", release.anchor)}
        out.files.update(feed_files(dataset, edition, permalinks, site_url))
        out.feeds = {"atom": ATOM_FILE, "json": JSON_FILE, "title": edition.words.feed.title.format(story=story.title)}
    out.files[FILTER_CSS] = timeline.filter_css(dataset)
    out.files[CATEGORY_CSS] = timeline.category_css(story)
    out.files.update(open_data_files(dataset, edition))
    out.files.update(theme_files())
    out.files.update(engine_assets())
    return out
