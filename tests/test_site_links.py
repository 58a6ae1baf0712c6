"""Every internal link and #anchor in the built site resolves."""

from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup


def _ids(html_file: Path, cache: dict) -> set[str]:
    if html_file not in cache:
        page = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        cache[html_file] = {element["id"] for element in page.find_all(id=True)}
    return cache[html_file]


@pytest.mark.parametrize("site", ["built_site", "split_site"])
def test_every_internal_link_and_anchor_resolves(site, request):
    # Also on the site with its long pages in parts, where links go to the part that holds a record.
    built_site = request.getfixturevalue(site)
    cache: dict = {}
    broken = []
    checked = 0
    for html_file in built_site.rglob("*.html"):
        page = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        for element in page.find_all(["a", "link", "img", "source", "script"]):
            target = element.get("href") or element.get("src") or element.get("srcset")
            if not target or target.startswith(("mailto:", "data:")):
                continue
            parts = urlsplit(target)
            if parts.scheme or parts.netloc:
                continue  # external links are not ours to resolve
            if not parts.path:
                path = html_file
            elif parts.path.startswith("/"):  # the 404 page links from the site root
                path = built_site / unquote(parts.path).lstrip("/")
            else:
                path = (html_file.parent / unquote(parts.path)).resolve()
            if path.is_dir():
                path = path / "index.html"
            checked += 1
            if not path.exists():
                broken.append(f"{html_file.relative_to(built_site)}: {target} (no such file)")
            elif parts.fragment and path.suffix == ".html" and unquote(parts.fragment) not in _ids(path, cache):
                broken.append(f"{html_file.relative_to(built_site)}: {target} (no such anchor)")
    assert checked > 1000
    assert broken == []
