"""The home page: the editor's five sentences, the key figures, the map and the death toll chart."""

from __future__ import annotations

from scripts.charts.csto_contingent import latest_per_country
from scripts.model import sort_key
from scripts.pages.casualties import best_figure
from scripts.templating import environment, render
from scripts.urls import page_url

PAGE = "index.md"
KEY_METRICS = ("deaths-total", "injured", "detained")


def key_figures(dataset, t, root: str) -> list[dict]:
    figure_text = environment().filters["figure_text"]
    result = []
    for metric in KEY_METRICS:
        best = best_figure([f for f in dataset.figures if f.metric == metric and f.scope is None])
        if best is not None:
            link = page_url(f"casualties.md#{metric}", root)
            who = f"{t.site.reported_by} {best.reported_by}"
            result.append(_card(t, t.metrics[metric], figure_text(best), best.as_of, who, link))
    troops = _troops_figure(dataset, t, root)
    if troops:
        result.append(troops)
    return result


def home_page(dataset, context: dict, charts: list[dict]) -> str:
    return render(
        "index.md.j2", key_figures=key_figures(dataset, context["t"], context["root"]), charts=charts, **context
    )


def _card(t, label: str, value: str, as_of, who: str, link: str) -> dict:
    """One key figure: the number, then 'as of <date>, <who said it>.' and a link to all reports."""
    meta = f"{t.site.as_of} {environment().filters['long_date'](as_of)}, {who}."
    return {"label": label, "value": value, "meta": meta, "link": link}


def _troops_figure(dataset, t, root: str) -> dict | None:
    """The latest count of the whole CSTO force, else the sum of the national contingents."""
    number = environment().filters["number"]
    link = page_url("background.md#csto-contingent", root)
    totals = sorted((d for d in dataset.deployments if d.whole_contingent), key=lambda d: sort_key(d.date))
    if totals:
        latest = totals[-1]
        who = f"{t.site.reported_by} {latest.reported_by}"
        return _card(t, t.home.foreign_troops, number(latest.troops), latest.date, who, link)
    national = latest_per_country(dataset.deployments)
    if not national:
        return None
    as_of = max((d.date for d in national), key=sort_key)
    who = t.home.troops_note.format(countries=len(national))
    return _card(t, t.home.foreign_troops, number(sum(d.troops for d in national)), as_of, who, link)
