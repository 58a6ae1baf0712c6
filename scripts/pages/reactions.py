"""The international reactions page: grouped by kind of actor, with a summary table."""

from __future__ import annotations

from scripts.model import sort_key

FILE = "reactions.md"


def build(view) -> str:
    ordered = sorted(view.dataset.reactions, key=lambda r: (sort_key(r.date), r.country_or_org))
    groups = [
        {"actor_type": actor_type, "reactions": [r for r in ordered if r.actor_type == actor_type]}
        for actor_type in view.dataset.story.ids("actor_types")
    ]
    return view.render(
        "reactions.md.j2", all_reactions=ordered, groups=[group for group in groups if group["reactions"]],
        print_sources=view.cited(ordered),
    )
