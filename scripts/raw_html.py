"""Generated HTML that needs no Markdown, kept out of Python-Markdown's way during a build.

The engine writes its record lists (thousands of events, sources, figures) as raw HTML between
two comment lines. Python-Markdown would leave that HTML as it is, but only after parsing every
tag of it, which is most of a large build's time. The hook sets each block aside before Markdown
runs (a one-line placeholder stands in), and puts it back in the converted page, so the page is the
same with or without the hook: an exported project, built by MkDocs or its successors without it,
gets the same HTML by the slow road.
"""

from __future__ import annotations

import re

START = "<!-- bj:html -->"
END = "<!-- /bj:html -->"
_BLOCK = re.compile(rf"^{re.escape(START)}\n(.*?)\n{re.escape(END)}$", re.MULTILINE | re.DOTALL)
# A paragraph of letters and digits only, so Markdown turns it into exactly <p>TOKEN</p>.
_TOKEN = "bjhtmlblock{n}xq7"
_PLACED = re.compile(r"<p>bjhtmlblock(\d+)xq7</p>")


_ID = re.compile(r'\sid="([^"]+)"')


def anchor_ids(blocks) -> set[str]:
    """The ids in the blocks, for MkDocs' check of links to anchors (it finds the ids of raw HTML
    it parses itself; the generated HTML always quotes attributes with double quotes)."""
    return {anchor for block in blocks for anchor in _ID.findall(block)}


class LostBlock(Exception):
    """A set-aside block's placeholder was not in the converted page (an extension rewrote it)."""


def set_aside(markdown: str) -> tuple[str, list[str]]:
    """The Markdown with each raw HTML block replaced by a placeholder paragraph, and the blocks."""
    blocks: list[str] = []

    def placeholder(match: re.Match) -> str:
        blocks.append(match.group(1))
        return f"\n\n{_TOKEN.format(n=len(blocks) - 1)}\n\n"

    return _BLOCK.sub(placeholder, markdown), blocks


def put_back(html: str, blocks: list[str]) -> str:
    """The converted page with each placeholder paragraph replaced by its block again, in one pass
    (a page of a large story is tens of megabytes: one copy, not one per block)."""
    found = set()

    def block(match: re.Match) -> str:
        found.add(int(match.group(1)))
        return blocks[int(match.group(1))]

    html = _PLACED.sub(block, html)
    if len(found) != len(blocks):
        missing = sorted(set(range(len(blocks))) - found)
        raise LostBlock(f"<p>{_TOKEN.format(n=missing[0])}</p>")
    return html
