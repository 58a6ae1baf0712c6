"""The background page: the editor's footnoted prose, with fact boxes and charts from data."""

from __future__ import annotations

from scripts.model import sort_key
from scripts.templating import render

PAGE = "background.md"


def background_page(dataset, context: dict, charts: list[dict]) -> str:
    deployments = sorted(dataset.deployments, key=lambda d: (d.country, sort_key(d.date)))
    return render("background.md.j2", facts=dataset.background, deployments=deployments, charts=charts, **context)
