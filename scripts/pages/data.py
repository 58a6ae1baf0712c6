"""The data page: every CSV, the data package, licence and how to cite (the last two are the intro)."""

from __future__ import annotations

from scripts.kinds import KINDS
from scripts.open_data import FOLDER, resource_name
from scripts.templating import render

PAGE = "data.md"


def data_page(dataset, context: dict) -> str:
    t = context["t"]
    downloads = [
        {
            "path": f"{FOLDER}/{resource_name(kind)}.csv",
            "file": f"{resource_name(kind)}.csv",
            "description": t.open_data.resources[resource_name(kind)],
            "count": len(dataset.by_kind(kind)),
        }
        for kind in KINDS
    ]
    return render("data.md.j2", downloads=downloads, **context)
