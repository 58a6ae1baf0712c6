"""Validated records -> every generated page and asset of one edition, as {path in the built docs: content}."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup

from scripts import front_matter
from scripts.charts.registry import chart_input
from scripts.edition import edition_for
from scripts.editions import edition_links, edition_root, edition_site_url
from scripts.feeds import ATOM_FILE, JSON_FILE, feed_files
from scripts.last_updated import last_updated
from scripts.open_data import open_data_files
from scripts.pages import PAGES, timeline
from scripts.pages import parts as page_parts
from scripts.pages.sources import backlink_targets
from scripts.pages.view import PageView
from scripts.paths import ASSETS_DIR
from scripts.render import RenderedChart, chart_locale, render, theme_files
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
    editions: dict = field(default_factory=dict)  # this edition and the others, for the language switcher

    def text(self, path: str) -> str:
        """A generated page or other text file, as text."""
        content = self.files[path]
        return content.decode("utf-8") if isinstance(content, bytes) else content

    def pages(self) -> dict[str, str | bytes]:
        """Every file, with the pages (held as UTF-8) as text."""
        return {path: self.text(path) if path.endswith(".md") else content for path, content in self.files.items()}

    @property
    def extra(self) -> dict:
        """What the theme's templates read from the configuration's `extra` (set by the hook, or exported)."""
        return {"story_footer": self.footer, "story_feeds": self.feeds, **self.editions}


def intro_dir(story, language: str) -> str:
    """Where the editors' intros of an edition live: docs/intros/, or docs/intros/<language>/."""
    return INTRO_DIR if language == story.language else f"{INTRO_DIR}/{language}"


def missing_intros(docs_dir: Path, story) -> list[str]:
    """The intros an edition lacks that the story's own language has (docs/intros/nl/timeline.md, ...)."""
    own = docs_dir / INTRO_DIR
    return [
        f"{intro_dir(story, language)}/{path.name}"
        for language in story.editions
        for path in sorted(own.glob("*.md"))
        if not (docs_dir / intro_dir(story, language) / path.name).exists()
    ]


def read_intro(docs_dir: Path, page: str, folder: str = INTRO_DIR) -> Markup:
    """The editor's Markdown that opens a generated page (docs/intros/<page>), or ''.

    Hand-written Markdown is the editors' own page text, like any file in docs/: it goes into the
    page as written (quotes, footnotes, <autolinks>), where text from data/ is always escaped.
    """
    path = docs_dir / folder / page
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
    dataset, docs_dir: Path, edition=None, project_dir: Path | None = None, site_url: str | None = None,
    open_data=None,
) -> Generated:
    """Every page the story names, its charts, share images and feeds, the open data and the engine's assets.

    `dataset` is in one edition's language (dataset.language); `site_url` is the site's root
    address (mkdocs.yml's): pages then carry JSON-LD and absolute share-image addresses, and the
    feeds are written; without it, neither (a feed needs absolute links). The open data stays in
    the story's own language in every edition: `open_data` is that dataset when `dataset` is not.
    """
    story = dataset.story
    language = dataset.language or story.language
    edition = edition or edition_for(story, language)
    links = edition_links(story, site_url)
    links = [link.as_extra() for link in links] if len(links) > 1 else []
    site_url = edition_site_url(story, language, site_url)
    out = Generated()
    out.editions = {
        "editions": links,
        "alternate": links,  # the theme shows its language switcher when this is set
        "edition": language,
        "edition_root": relative_root(edition_root(story, language) + "index.md"),  # from it to the site's root
        "og_locale": edition.words.locale,
    }
    for spec in story.charts:
        chart = render(chart_input(spec, dataset, edition), locale=chart_locale(edition.words))
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
            intro=relink_parts(read_intro(docs_dir, page.FILE, intro_dir(story, language)), parts, files),
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
            # As UTF-8: a large story's pages are hundreds of megabytes as Python text, half as bytes.
            out.files[file] = front_matter.add(markdown, head).encode("utf-8")
    for name in story.pages:  # each split page's map for old page/#record links
        if table := page_parts.parts_map(parts, name):
            out.files[page_parts.MAP_FILE.format(page=name)] = table
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
    neutral = open_data or dataset
    out.files.update(open_data_files(neutral, edition_for(neutral.story)))
    out.files.update(theme_files(chart_locale(edition.words)))
    out.files.update(engine_assets())
    return out
