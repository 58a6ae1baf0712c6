"""A generated page's front matter (the YAML between its opening '---' lines): read it, add to it."""

from __future__ import annotations

import yaml

FENCE = "---\n"


def _split(markdown: str) -> tuple[str, str]:
    if not markdown.startswith(FENCE):
        return "", markdown
    end = markdown.index("\n" + FENCE, len(FENCE) - 1)
    return markdown[len(FENCE) : end + 1], markdown[end + 1 + len(FENCE) :]


def read(markdown: str) -> dict:
    head, _ = _split(markdown)
    return yaml.safe_load(head) or {} if head else {}


def add(markdown: str, values: dict) -> str:
    """The page with `values` added to its front matter (written after what is there)."""
    head, body = _split(markdown)
    extra = yaml.safe_dump(values, allow_unicode=True, sort_keys=False, width=10_000)
    return f"{FENCE}{head}{extra}{FENCE}{body}"
