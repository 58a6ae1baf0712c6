"""Each page's address in every edition of the story, added to the sitemaps MkDocs writes (hreflang
alternates with absolute URLs, and x-default for the story's own language), as search engines read them."""

from __future__ import annotations

import gzip
from pathlib import Path
from xml.etree import ElementTree

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"


def with_alternates(xml: bytes, editions: list[dict], edition_url: str) -> bytes:
    """`xml` (one edition's sitemap, its pages under edition_url) with every edition's copy of each page."""
    ElementTree.register_namespace("", SITEMAP_NS)
    ElementTree.register_namespace("xhtml", XHTML_NS)
    root = ElementTree.fromstring(xml)
    for url in root.findall(f"{{{SITEMAP_NS}}}url"):
        loc = url.findtext(f"{{{SITEMAP_NS}}}loc", "")
        if not loc.startswith(edition_url):
            continue
        path = loc.removeprefix(edition_url)
        for language, address in [*((e["lang"], e["url"]) for e in editions), ("x-default", editions[0]["url"])]:
            ElementTree.SubElement(
                url, f"{{{XHTML_NS}}}link", {"rel": "alternate", "hreflang": language, "href": address + path}
            )
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


def add_alternates(site_dir: Path, editions: list[dict]) -> None:
    """Rewrite the sitemap of each edition in the built site (and its .gz copy)."""
    if len(editions) < 2 or not editions[0].get("url"):
        return  # one edition, or no site_url: nothing to point to
    for edition in editions:
        sitemap = site_dir / edition["root"] / "sitemap.xml"
        if not sitemap.exists():
            continue
        xml = with_alternates(sitemap.read_bytes(), editions, edition["url"])
        sitemap.write_bytes(xml)
        sitemap.with_suffix(".xml.gz").write_bytes(gzip.compress(xml, mtime=0))
