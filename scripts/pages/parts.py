"""A long page split into parts, page/part-N.md, so no page grows past what a phone can open.

A page's records come in groups (a timeline's days, the sources of one type, one measure's
figures). A part holds whole groups where they fit and at most `per_page` records; a group longer
than a part is cut inside. The page itself then lists its parts, and an old permalink page/#record
finds its part through a small map (assets/<page>-parts.json) that a script on the page reads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from scripts.urls import page_url

PART_FILE = "{page}/part-{n}.md"
MAP_FILE = "assets/{page}-parts.json"


@dataclass
class Part:
    n: int
    file: str
    groups: list[tuple[object, list]] = field(default_factory=list)  # (group key, its records here)
    continued: set = field(default_factory=set)  # the keys of groups that began in an earlier part

    @property
    def records(self) -> list:
        return [record for _, records in self.groups for record in records]


def cut(groups, per_page: int, page: str) -> list[Part]:
    """The (key, records) groups in order, cut into parts; one part when everything fits."""
    parts = [Part(1, PART_FILE.format(page=page, n=1))]
    count = 0

    def new_part() -> None:
        nonlocal count
        parts.append(Part(len(parts) + 1, PART_FILE.format(page=page, n=len(parts) + 1)))
        count = 0

    for key, records in groups:
        records = list(records)
        if count and count + len(records) > per_page:
            new_part()
        for position, record in enumerate(records):
            if count >= per_page:
                new_part()
            if not parts[-1].groups or parts[-1].groups[-1][0] != key:
                parts[-1].groups.append((key, []))
                if position:
                    parts[-1].continued.add(key)
            parts[-1].groups[-1][1].append(record)
            count += 1
    return parts


def per_page(plan, default: int) -> int:
    """Records per part: the page's own `per_page` in story.yaml, else the page's default."""
    return (plan.per_page if plan is not None else None) or default


def map_url(view, page: str) -> str:
    """The address of a split page's map (for old page/#record links), as seen from the page."""
    return view.root + MAP_FILE.format(page=page)


def anchors(parts: list[Part], page: str, record_anchor, group_anchor=None) -> dict[tuple[str, str], str]:
    """Where each record (and each group's first appearance) lives: (page, anchor) -> part file;
    nothing when the page is not split."""
    if len(parts) <= 1:
        return {}
    files = {}
    for part in parts:
        for key, records in part.groups:
            if group_anchor:
                files.setdefault((page, group_anchor(key)), part.file)
            for record in records:
                files[(page, record_anchor(record))] = part.file
    return files


def parts_map(files: dict[tuple[str, str], str], page: str) -> bytes | None:
    """Every anchor of a split page -> its part's address from the site root (None when not split)."""
    table = {anchor: page_url(file, "") for (on, anchor), file in sorted(files.items()) if on == page}
    if not table:
        return None
    return (json.dumps(table, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n").encode("utf-8")


def part_label(part: Part, sizes: dict, name_of, point_of) -> str:
    """The groups a part holds, by name; a group cut across parts says which of its records are here
    ('Independent media (Al Jazeera – Eurasianet)')."""

    def one(key, records) -> str:
        name = name_of(key)
        if len(records) == len(sizes[key]):
            return name
        return f"{name} ({point_of(records[0])} – {point_of(records[-1])})"

    return "; ".join(one(key, records) for key, records in part.groups)


def summaries(view, parts: list[Part], label) -> list[dict]:
    """What the page's list of parts and each part's neighbours show: number, address, label, count."""
    return [
        {"n": part.n, "file": part.file, "url": view.url_of_file(part.file), "label": label(part),
         "count": len(part.records)}
        for part in parts
    ]  # fmt: skip


def neighbours(part_view, summaries_: list[dict], n: int, page: str) -> dict:
    """A part's links back to the page's list of parts and to the parts before and after it."""
    total = len(summaries_)

    def near(index: int) -> dict:
        return {**summaries_[index], "url": part_view.url_of_file(summaries_[index]["file"])}

    return {
        "n": n, "total": total, "label": summaries_[n - 1]["label"], "count": summaries_[n - 1]["count"],
        "index_url": part_view.url(page),
        "prev": near(n - 2) if n > 1 else None,
        "next": near(n) if n < total else None,
    }  # fmt: skip
