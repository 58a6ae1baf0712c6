"""What every page module is given: the records, the edition, its charts and intro, where it stands."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from markupsafe import Markup

from scripts.urls import page_url, published_url


@dataclass
class PageView:
    file: str  # the page's path in the built docs: timeline.md
    dataset: object
    edition: object
    renderer: object
    plan: object  # the page's entry in data/story.yaml
    root: str  # '../' per folder between the page and the site root
    intro: Markup = Markup("")
    charts: list[dict] = field(default_factory=list)
    last_updated: date | None = None
    anchors: dict[str, str] = field(default_factory=dict)  # page name -> its file, for links between pages
    site_url: str | None = None  # the published address, ending in '/', when mkdocs.yml gives one
    record_files: dict[tuple[str, str], str] = field(default_factory=dict)  # (page, anchor) -> its part's file

    @property
    def canonical(self) -> str | None:
        """This page's published address, for citations; None without a site address."""
        return published_url(self.site_url, self.file) if self.site_url else None

    @property
    def t(self):
        return self.edition.words

    def url(self, page: str, anchor: str = "") -> str:
        """The URL of another generated page (by name), as seen from this one."""
        # A record on a page split into parts (a long timeline) lives in its part's file.
        target = self.record_files.get((page, anchor)) or self.anchors.get(page, f"{page}.md")
        return page_url(f"{target}#{anchor}" if anchor else target, self.root)

    def url_of_file(self, file: str) -> str:
        """The URL of a generated file (timeline/part-2.md) as seen from this page."""
        return page_url(file, self.root)

    def cited(self, *record_lists) -> list:
        """The sources the given records cite, once each, in the order they first appear."""
        index = self.dataset.sources_by_id
        seen: dict[str, object] = {}
        for records in record_lists:
            for record in records:
                for source_id in record.sources:
                    seen.setdefault(source_id, index[source_id])
        return list(seen.values())

    def render(self, template: str, print_sources: list | None = None, **context) -> str:
        dataset = self.dataset
        page = self.renderer.render(
            template,
            intro=self.intro,
            sources=dataset.sources_by_id,
            places=dataset.places_by_id,
            root=self.root,
            charts=self.charts,
            canonical=self.canonical,
            release=dataset.story.release,
            story_title=dataset.story.title,
            **context,
        )
        if print_sources:
            page += "\n" + self.renderer.render("_print_sources.md.j2", print_sources=print_sources)
        return page
