"""A story's editions: the story's own language at the site's root, each other one at /<language>/.

Every edition has the same pages and permalinks (ids do not change), so a page's address in another
edition is the same path under that edition's root.
"""

from __future__ import annotations

from dataclasses import dataclass

from babel import Locale

from scripts.words import engine_words


@dataclass(frozen=True)
class EditionLink:
    language: str
    name: str  # the language's name in itself: English, Nederlands
    root: str  # the edition's folder from the site's root: '' or 'nl/'
    url: str | None  # its absolute address, when the site has one
    locale: str  # Open Graph's form: nl_NL

    def as_extra(self) -> dict:
        return {"lang": self.language, "name": self.name, "root": self.root, "url": self.url, "locale": self.locale}


def languages(story) -> list[str]:
    """The story's own language first, then its other editions'."""
    return [story.language, *story.editions]


def edition_root(story, language: str) -> str:
    return "" if language == story.language else f"{language}/"


def edition_links(story, site_url: str | None) -> list[EditionLink]:
    """Every edition of the story, for the language switcher, hreflang links and the sitemap.

    site_url is the site's root address (mkdocs.yml's), not an edition's."""
    base = site_url and site_url.rstrip("/") + "/"
    return [
        EditionLink(
            language=language,
            name=Locale.parse(language).get_display_name(language).capitalize(),
            root=edition_root(story, language),
            url=base + edition_root(story, language) if base else None,
            locale=engine_words(language)["locale"],
        )
        for language in languages(story)
    ]


def edition_site_url(story, language: str, site_url: str | None) -> str | None:
    return site_url and site_url.rstrip("/") + "/" + edition_root(story, language)
