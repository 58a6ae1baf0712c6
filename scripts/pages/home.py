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
    long_date = environment().filters["long_date"]
    result = []
    for metric in KEY_METRICS:
        best = best_figure([f for f in dataset.figures if f.metric == metric and f.scope is None])
        if best is None:
            continue
        value = environment().filters["figure_text"](best)
        meta = f"{t.site.as_of} {long_date(best.as_of)}, {t.site.reported_by} {best.reported_by}."
        result.append(
            {
                "label": t.metrics[metric],
                "value": value,
                "meta": meta,
                "link": page_url(f"casualties.md#{metric}", root),
            }
        )
    troops = _troops_figure(dataset, t, root)
    if troops:
        result.append(troops)
    return result


def home_page(dataset, context: dict, charts: list[dict]) -> str:
    return render(
        "index.md.j2", key_figures=key_figures(dataset, context["t"], context["root"]), charts=charts, **context
    )


def _troops_figure(dataset, t, root: str) -> dict | None:
    """The latest count of the whole CSTO force, else the sum of the national contingents."""
    env = environment()
    number, long_date = env.filters["number"], env.filters["long_date"]
    link = page_url("background.md#csto-contingent", root)
    totals = sorted((d for d in dataset.deployments if d.whole_contingent), key=lambda d: sort_key(d.date))
    if totals:
        latest = totals[-1]
        meta = f"{t.site.as_of} {long_date(latest.date)}, {t.site.reported_by} {latest.reported_by}."
        return {"label": t.home.foreign_troops, "value": number(latest.troops), "meta": meta, "link": link}
    national = latest_per_country(dataset.deployments)
    if not national:
        return None
    as_of = max((d.date for d in national), key=sort_key)
    note = t.home.troops_note.format(countries=len(national))
    meta = f"{t.site.as_of} {long_date(as_of)}, {note}."
    return {
        "label": t.home.foreign_troops,
        "value": number(sum(d.troops for d in national)),
        "meta": meta,
        "link": link,
    }
