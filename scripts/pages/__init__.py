"""One module per generated page, each with FILE and build(view) -> Markdown; registered once here."""

from __future__ import annotations

from scripts.pages import background, casualties, data, home, reactions, sources, timeline

PAGES = {
    "index": home,
    "background": background,
    "timeline": timeline,
    "casualties": casualties,
    "reactions": reactions,
    "sources": sources,
    "data": data,
}
