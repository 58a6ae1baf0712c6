"""The casualty figures page: per metric, the whole ledger and the latest official figure."""

from __future__ import annotations

from scripts.model import METRICS, sort_key
from scripts.templating import render

PAGE = "casualties.md"


def best_figure(figures):
    """The figure to state plainly: the latest final one, else the latest one still standing."""
    for statuses in (("final",), ("reported",)):
        standing = [f for f in figures if f.status in statuses]
        if standing:
            return max(standing, key=lambda f: sort_key(f.as_of))
    return None


def casualties_page(dataset, context: dict, charts: list[dict]) -> str:
    metrics = []
    for metric in METRICS:
        figures = sorted((f for f in dataset.figures if f.metric == metric), key=lambda f: sort_key(f.as_of))
        if figures:
            national = [f for f in figures if f.scope is None]
            metrics.append({"id": metric, "figures": figures, "best": best_figure(national)})
    return render("casualties.md.j2", metrics=metrics, charts=charts, **context)
