"""The home page: the editor's five sentences, the key figures, the map and the death toll chart."""

from __future__ import annotations

from scripts.model import sort_key
from scripts.pages.casualties import best_figure
from scripts.templating import environment, render
from scripts.urls import page_url

PAGE = "index.md"
KEY_METRICS = ("deaths-total", "injured", "detained")


def key_figures(dataset, t, root: str) -> list[dict]:
    env = environment()
    number, long_date = env.filters["number"], env.filters["long_date"]
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
    latest = {}
    for deployment in sorted(dataset.deployments, key=lambda d: sort_key(d.date)):
        latest[deployment.country] = deployment  # the latest report per country stands
    if latest:
        total = sum(d.troops for d in latest.values())
        as_of = max((d.date for d in latest.values()), key=sort_key)
        note = t.home.troops_note.format(countries=len(latest))
        meta = f"{t.site.as_of} {long_date(as_of)}, {note}."
        link = page_url("background.md#csto-contingent", root)
        result.append({"label": t.home.foreign_troops, "value": number(total), "meta": meta, "link": link})
    return result


def home_page(dataset, context: dict, charts: list[dict]) -> str:
    return render(
        "index.md.j2", key_figures=key_figures(dataset, context["t"], context["root"]), charts=charts, **context
    )
