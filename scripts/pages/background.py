"""The background page: the editor's footnoted prose, with fact boxes, charts and the deployments table."""

from __future__ import annotations

from scripts.model import sort_key

FILE = "background.md"


def build(view) -> str:
    deployments = sorted(view.dataset.deployments, key=lambda d: (d.country, sort_key(d.date)))
    return view.render(
        "background.md.j2",
        facts=view.dataset.background,
        deployments=deployments,
        deployments_anchor=view.plan.anchor or "deployments",
        print_sources=view.cited(view.dataset.background, deployments),
    )
