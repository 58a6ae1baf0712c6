"""Links from one generated page to another, in raw HTML where MkDocs does not rewrite them.

Pages are served as folders (MkDocs' use_directory_urls): timeline.md -> timeline/.
"""

from __future__ import annotations


def relative_root(page: str) -> str:
    """'../' per folder between a page's URL and the site root."""
    depth = page.count("/") + (0 if page.endswith("index.md") else 1)
    return "../" * depth


def published_url(site_url: str, page: str) -> str:
    """A page's address on the published site (site_url ends in '/'): timeline.md -> …/timeline/."""
    return site_url + page_url(page, "").removeprefix("./")


def page_url(target: str, root: str) -> str:
    """The URL of target ('timeline.md#x') as seen from a page whose root is root."""
    page, _, anchor = target.partition("#")
    path = "" if page == "index.md" else page.removesuffix(".md") + "/"
    url = f"{root}{path}" or "./"
    return f"{url}#{anchor}" if anchor else url
