"""Sources and method: every source with the records that cite it, the method, corrections."""

from __future__ import annotations

from scripts.model import SOURCE_TYPES, sort_key

FILE = "sources.md"


def backlink_targets(view) -> dict[str, dict]:
    """Where each record is shown on the site, and how to name it in a link."""
    dataset, t, fmt = view.dataset, view.t, view.edition.format
    targets = {}
    for event in dataset.events:
        targets[event.id] = {"url": view.url("timeline", event.id), "label": event.title}
    for figure in dataset.figures:
        label = f"{t.measures[figure.measure]}: {fmt.figure_text(figure)}"
        targets[figure.id] = {"url": view.url("casualties", figure.id), "label": label}
    for reaction in dataset.reactions:
        targets[reaction.id] = {"url": view.url("reactions", reaction.id), "label": reaction.actor}
    for fact in dataset.background:
        targets[fact.id] = {"url": view.url("background", fact.id), "label": fact.label}
    for question in dataset.unknowns:
        targets[question.id] = {"url": view.url("casualties", question.id), "label": question.question}
    for deployment in dataset.deployments:
        targets[deployment.id] = {"url": view.url("background", deployment.id), "label": deployment.country}
    for correction in dataset.corrections:  # each correction's own line on this page
        targets[correction.id] = {"url": view.url("sources", correction.id), "label": correction.summary}
    return targets


def build(view) -> str:
    dataset, fmt = view.dataset, view.edition.format
    targets = backlink_targets(view)
    backlinks: dict[str, list] = {source.id: [] for source in dataset.sources}
    for kind_records in (dataset.events, dataset.figures, dataset.reactions, dataset.background, dataset.deployments,
                         dataset.unknowns):  # fmt: skip
        for record in kind_records:
            for source_id in record.sources:
                backlinks[source_id].append(targets[record.id])
    ordered = sorted(
        dataset.sources,
        key=lambda s: (s.publisher.casefold(), s.published is None, sort_key(s.published) if s.published else (), s.id),
    )
    languages = {code: fmt.language_name(code) for code in {source.language for source in dataset.sources}}
    groups = [
        {"type": source_type, "sources": [s for s in ordered if s.type == source_type]} for source_type in SOURCE_TYPES
    ]
    return view.render(
        "sources.md.j2",
        sources_list=ordered,
        source_groups=[group for group in groups if group["sources"]],
        backlinks=backlinks,
        backlink_targets=targets,
        corrections=sorted(dataset.corrections, key=lambda c: sort_key(c.date)),
        languages=languages,
        publisher_count=len({s.publisher for s in dataset.sources}),
        language_count=len(languages),
        last_updated=view.last_updated,
    )
