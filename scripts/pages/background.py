"""The background page: the editor's footnoted prose, with fact boxes, charts and the deployments table."""

from __future__ import annotations

from scripts.model import sort_key

FILE = "background.md"


def build(view) -> str:
    deployments = sorted(view.dataset.deployments, key=lambda d: (d.country, sort_key(d.date)))
    # Facts a chart on this page draws are listed under it, compactly; the rest are fact boxes.
    on_page = set(view.plan.charts)
    charted = {f for chart in view.dataset.story.charts if chart.id in on_page for f in getattr(chart, "facts", [])}
    return view.render(
        "background.md.j2",
        facts=[fact for fact in view.dataset.background if fact.id not in charted],
        charted_facts=[fact for fact in view.dataset.background if fact.id in charted],
        deployments=deployments,
        deployments_anchor=view.dataset.story.deployments_anchor,
        print_sources=view.cited(view.dataset.background, deployments),
    )
