"""The data page: every CSV, the data package, licence and how to cite (the last two are the intro)."""

from __future__ import annotations

from scripts.kinds import KINDS
from scripts.open_data import FOLDER

FILE = "data.md"


def build(view) -> str:
    t = view.t
    downloads = [
        {
            "path": f"{FOLDER}/{kind.resource}.csv",
            "file": f"{kind.resource}.csv",
            "description": t.open_data.resources[kind.resource],
            "count": len(view.dataset.by_kind(kind)),
        }
        for kind in KINDS
    ]
    return view.render("data.md.j2", downloads=downloads, story=view.dataset.story)
