"""The casualty figures page: per measure, its definition, the headline figure and the whole ledger.

Once the ledgers are long, the page keeps each measure's definition and headline figure, and the
ledgers move into parts (casualties/part-N.md).
"""

from __future__ import annotations

from dataclasses import replace

from scripts.derive import figures_by_measure, headline_figure
from scripts.pages import parts
from scripts.urls import relative_root

FILE = "casualties.md"
PER_PAGE = 500  # figures per part once the page is split


def _ledgers(dataset) -> list[tuple[str, list]]:
    return figures_by_measure(dataset.figures, dataset.story.ids("measures"))


def _parts(dataset, plan, ledgers=None) -> list[parts.Part]:
    return parts.cut(ledgers or _ledgers(dataset), parts.per_page(plan, PER_PAGE), "casualties")


def record_files(dataset, plan) -> dict[tuple[str, str], str]:
    """Where each figure lives once the ledgers are in parts (each measure's section stays on the page)."""
    return parts.anchors(_parts(dataset, plan), "casualties", lambda figure: figure.id)


def build(view) -> str | dict[str, str]:
    figures = view.dataset.figures
    ledgers = _ledgers(view.dataset)
    best = {measure: headline_figure(figures, measure) for measure, _ in ledgers}
    cut = _parts(view.dataset, view.plan, ledgers)
    unknowns = view.dataset.unknowns
    if len(cut) <= 1:
        measures = [{"id": m, "figures": chosen, "best": best[m], "continued": False, "parts": []}
                    for m, chosen in ledgers]  # fmt: skip
        shown = [figure for _, chosen in ledgers for figure in chosen]
        return view.render("casualties.md.j2", metrics=measures, unknowns=unknowns, part=None, parts=[],
                           print_sources=view.cited(unknowns, shown))  # fmt: skip
    t, fmt = view.t, view.edition.format

    def label(part) -> str:
        return parts.part_label(part, dict(ledgers), lambda key: t.measures[key], lambda r: fmt.long_date(r.as_of))

    listed = parts.summaries(view, cut, label)
    where = {measure: [listed[part.n - 1] for part in cut if measure in dict(part.groups)] for measure, _ in ledgers}
    measures = [{"id": m, "figures": [], "best": best[m], "continued": False, "parts": where[m], "count": len(chosen)}
                for m, chosen in ledgers]  # fmt: skip
    files = {FILE: view.render("casualties.md.j2", metrics=measures, unknowns=unknowns, part=None, parts=listed,
                               parts_map=parts.map_url(view, "casualties"),
                               print_sources=view.cited(unknowns))}  # fmt: skip
    for part in cut:
        part_view = replace(view, file=part.file, root=relative_root(part.file), charts=[], intro="")
        part_measures = [{"id": measure, "figures": chosen, "best": best[measure], "parts": [],
                          "continued": measure in part.continued} for measure, chosen in part.groups]  # fmt: skip
        files[part.file] = part_view.render(
            "casualties.md.j2", metrics=part_measures, unknowns=[], parts=[],
            part=parts.neighbours(part_view, listed, part.n, "casualties"), print_sources=part_view.cited(part.records),
        )  # fmt: skip
    return files
