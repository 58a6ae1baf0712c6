"""The international reactions page: grouped by kind of actor, with a summary table; in parts once long."""

from __future__ import annotations

from dataclasses import replace

from scripts.model import sort_key
from scripts.pages import parts
from scripts.urls import relative_root

FILE = "reactions.md"
PER_PAGE = 500  # reactions per part once the page is split


def _in_order(reactions) -> list:
    return sorted(reactions, key=lambda r: (sort_key(r.date), r.country_or_org))


def _groups(dataset) -> tuple[list, list[tuple[str, list]]]:
    ordered = _in_order(dataset.reactions)
    groups = [(kind, [r for r in ordered if r.actor_type == kind]) for kind in dataset.story.ids("actor_types")]
    return ordered, [(kind, reactions) for kind, reactions in groups if reactions]


def _parts(dataset, plan) -> list[parts.Part]:
    return parts.cut(_groups(dataset)[1], parts.per_page(plan, PER_PAGE), "reactions")


def record_files(dataset, plan) -> dict[tuple[str, str], str]:
    """Where each reaction and each kind of actor's list live once the page is in parts."""
    return parts.anchors(_parts(dataset, plan), "reactions", lambda r: r.id, lambda kind: kind)


def build(view) -> str | dict[str, str]:
    ordered, groups = _groups(view.dataset)
    cut = _parts(view.dataset, view.plan)
    if len(cut) <= 1:
        return view.render(
            "reactions.md.j2", all_reactions=ordered, part=None, parts=[],
            groups=[{"actor_type": kind, "reactions": reactions, "continued": False} for kind, reactions in groups],
            print_sources=view.cited(ordered),
        )  # fmt: skip
    t, fmt = view.t, view.edition.format

    def label(part) -> str:
        return parts.part_label(part, dict(groups), lambda key: t.actor_types[key], lambda r: fmt.long_date(r.date))

    listed = parts.summaries(view, cut, label)
    files = {FILE: view.render("reactions.md.j2", all_reactions=[], groups=[], part=None, parts=listed,
                               parts_map=parts.map_url(view, "reactions"))}  # fmt: skip
    for part in cut:
        part_view = replace(view, file=part.file, root=relative_root(part.file), charts=[], intro="")
        part_groups = [{"actor_type": kind, "reactions": reactions, "continued": kind in part.continued}
                       for kind, reactions in part.groups]  # fmt: skip
        files[part.file] = part_view.render(
            "reactions.md.j2", all_reactions=_in_order(part.records), groups=part_groups, parts=[],
            part=parts.neighbours(part_view, listed, part.n, "reactions"),
            print_sources=part_view.cited(part.records),
        )  # fmt: skip
    return files
