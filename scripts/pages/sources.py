"""Sources and method: every source with the records that cite it, the method, corrections."""

from __future__ import annotations

from babel import Locale

from scripts.model import sort_key
from scripts.templating import environment, render
from scripts.urls import page_url

PAGE = "sources.md"


def backlink_targets(dataset, t, root: str) -> dict[str, dict]:
    """Where each record is shown on the site, and how to name it in a link."""
    targets = {}
    for event in dataset.events:
        targets[event.id] = {"url": page_url(f"timeline.md#{event.id}", root), "label": event.title}
    for figure in dataset.figures:
        value = environment().filters["figure_text"](figure)
        targets[figure.id] = {
            "url": page_url(f"casualties.md#{figure.id}", root),
            "label": f"{t.metrics[figure.metric]}: {value}",
        }
    for reaction in dataset.reactions:
        targets[reaction.id] = {"url": page_url(f"reactions.md#{reaction.id}", root), "label": reaction.actor}
    for fact in dataset.background:
        targets[fact.id] = {"url": page_url(f"background.md#{fact.id}", root), "label": fact.label}
    for deployment in dataset.deployments:
        targets[deployment.id] = {"url": page_url(f"background.md#{deployment.id}", root), "label": deployment.country}
    return targets


def sources_page(dataset, context: dict, last_updated) -> str:
    t = context["t"]
    targets = backlink_targets(dataset, t, context["root"])
    backlinks: dict[str, list] = {source.id: [] for source in dataset.sources}
    for kind_records in (dataset.events, dataset.figures, dataset.reactions, dataset.background, dataset.deployments):
        for record in kind_records:
            for source_id in record.sources:
                backlinks[source_id].append(targets[record.id])
    ordered = sorted(
        dataset.sources,
        key=lambda s: (s.publisher.casefold(), s.published is None, sort_key(s.published) if s.published else (), s.id),
    )
    languages = {
        code: Locale.parse(code).get_display_name(t.locale.split("_")[0]) or code
        for code in {source.language for source in dataset.sources}
    }
    return render(
        "sources.md.j2",
        sources_list=ordered,
        backlinks=backlinks,
        backlink_targets=targets,
        corrections=sorted(dataset.corrections, key=lambda c: sort_key(c.date)),
        languages=languages,
        publisher_count=len({s.publisher for s in dataset.sources}),
        language_count=len(languages),
        last_updated=last_updated,
        **context,
    )
