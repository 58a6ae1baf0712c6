"""The international reactions page: grouped by kind of actor, with a summary table."""

from __future__ import annotations

from scripts.model import ACTOR_TYPES, sort_key
from scripts.templating import render

PAGE = "reactions.md"


def reactions_page(dataset, context: dict, charts: list[dict]) -> str:
    ordered = sorted(dataset.reactions, key=lambda r: (sort_key(r.date), r.country_or_org))
    groups = [
        {"actor_type": actor_type, "reactions": [r for r in ordered if r.actor_type == actor_type]}
        for actor_type in ACTOR_TYPES
    ]
    return render(
        "reactions.md.j2",
        all_reactions=ordered,
        groups=[group for group in groups if group["reactions"]],
        charts=charts,
        **context,
    )
