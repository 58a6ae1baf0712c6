"""Sources and method: every source with the records that cite it, the method, corrections."""

from __future__ import annotations

from dataclasses import replace

from scripts.model import SOURCE_TYPES, sort_key
from scripts.pages import parts
from scripts.urls import relative_root

FILE = "sources.md"
PER_PAGE = 1000  # sources per part once the page is split


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


def _backlinks(view) -> tuple[dict[str, dict], dict[str, list]]:
    """Each record's link as seen from this page, and the links to the records citing each source."""
    dataset = view.dataset
    targets = backlink_targets(view)
    backlinks: dict[str, list] = {source.id: [] for source in dataset.sources}
    for kind_records in (dataset.events, dataset.figures, dataset.reactions, dataset.background, dataset.deployments,
                         dataset.unknowns):  # fmt: skip
        for record in kind_records:
            for source_id in record.sources:
                backlinks[source_id].append(targets[record.id])
    return targets, backlinks


def _ordered(dataset) -> tuple[list, list[tuple[str, list]]]:
    """Every source by publisher, then date; and the same in groups by type, in the closed list's order."""
    ordered = sorted(
        dataset.sources,
        key=lambda s: (s.publisher.casefold(), s.published is None, sort_key(s.published) if s.published else (), s.id),
    )
    groups = [(source_type, [s for s in ordered if s.type == source_type]) for source_type in SOURCE_TYPES]
    return ordered, [(source_type, sources) for source_type, sources in groups if sources]


def _parts(dataset, plan) -> list[parts.Part]:
    return parts.cut(_ordered(dataset)[1], parts.per_page(plan, PER_PAGE), "sources")


def record_files(dataset, plan) -> dict[tuple[str, str], str]:
    """Where each source and each type's list live once the page is in parts."""
    return parts.anchors(_parts(dataset, plan), "sources", lambda s: f"source-{s.id}", lambda t: f"sources-{t}")


def build(view) -> str | dict[str, str]:
    dataset, fmt, t = view.dataset, view.edition.format, view.t
    targets, backlinks = _backlinks(view)
    ordered, groups = _ordered(dataset)
    languages = {code: fmt.language_name(code) for code in {source.language for source in dataset.sources}}
    cut = _parts(dataset, view.plan)
    split = len(cut) > 1
    type_index = [
        {"type": source_type, "count": len(sources),
         "url": view.url("sources", f"sources-{source_type}") if split else f"#sources-{source_type}"}
        for source_type, sources in groups
    ]  # fmt: skip
    common = {
        "backlinks": backlinks, "backlink_targets": targets, "languages": languages,
        "corrections": sorted(dataset.corrections, key=lambda c: sort_key(c.date)),
        "publisher_count": len({s.publisher for s in dataset.sources}), "language_count": len(languages),
        "source_count": len(ordered), "type_index": type_index, "last_updated": view.last_updated,
    }  # fmt: skip
    if not split:
        whole = [{"type": key, "sources": group, "count": len(group), "continued": False} for key, group in groups]
        return view.render("sources.md.j2", source_groups=whole, part=None, parts=[], **common)

    def label(part) -> str:
        return parts.part_label(part, dict(groups), lambda key: t.source_types[key], lambda r: r.publisher)

    listed = parts.summaries(view, cut, label)
    files = {FILE: view.render("sources.md.j2", source_groups=[], part=None, parts=listed,
                               parts_map=parts.map_url(view, "sources"), **common)}  # fmt: skip
    # Every part is one folder down: the links to the records citing a source are the same from each.
    part_links = _backlinks(replace(view, file=cut[0].file, root=relative_root(cut[0].file)))[1]
    for part in cut:
        part_view = replace(view, file=part.file, root=relative_root(part.file), charts=[], intro="")
        part_groups = [{"type": key, "sources": sources, "count": len(sources), "continued": key in part.continued}
                       for key, sources in part.groups]  # fmt: skip
        files[part.file] = part_view.render(
            "sources.md.j2", source_groups=part_groups, parts=[],
            part=parts.neighbours(part_view, listed, part.n, "sources"), **{**common, "backlinks": part_links},
        )  # fmt: skip
    return files
