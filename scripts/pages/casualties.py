"""The casualty figures page: per measure, its definition, the headline figure and the whole ledger."""

from __future__ import annotations

from scripts.derive import figures_by_measure, headline_figure

FILE = "casualties.md"


def build(view) -> str:
    figures = view.dataset.figures
    ledgers = figures_by_measure(figures, view.dataset.story.ids("measures"))
    measures = [
        {"id": measure, "figures": chosen, "best": headline_figure(figures, measure)} for measure, chosen in ledgers
    ]
    shown = [figure for _, chosen in ledgers for figure in chosen]
    return view.render(
        "casualties.md.j2", metrics=measures, unknowns=view.dataset.unknowns,
        print_sources=view.cited(view.dataset.unknowns, shown),
    )
