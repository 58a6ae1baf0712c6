"""The casualty figures page: per measure, its definition, the headline figure and the whole ledger.

Once the ledgers are long, the page keeps each measure's definition and headline figure, and the
ledgers move into parts (casualties/part-N.md).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from scripts.derive import figures_by_measure, headline_figure, rests_on_primary, traced
from scripts.model import sort_key
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


def _headlines(dataset, ledgers) -> dict[str, dict]:
    """Per measure: its headline figure (only one resting on a primary or major-outlet source), and
    whether a whole-country figure on secondary sources alone stands instead of it or came after it."""
    usable = traced(dataset)
    result = {}
    for measure, chosen in ledgers:
        best = headline_figure(usable, measure)
        held = [f for f in chosen if f.scope is None and f.status != "withdrawn" and not rests_on_primary(f, dataset)]
        later = best is not None and any(sort_key(f.as_of) > sort_key(best.as_of) for f in held)
        standing = best is None and any(f.status in ("final", "reported") for f in held)
        result[measure] = {"figure": best, "none_traced": standing, "later_secondary": later}
    return result


def build(view) -> str | dict[str, str]:
    ledgers = _ledgers(view.dataset)
    best = _headlines(view.dataset, ledgers)
    secondary = {f.id for f in view.dataset.figures if not rests_on_primary(f, view.dataset)}
    cut = _parts(view.dataset, view.plan, ledgers)
    unknowns = view.dataset.unknowns

    def render(page_view, **context) -> str:
        record_url = partial(page_view.url, "casualties")
        return page_view.render("casualties.md.j2", secondary=secondary, record_url=record_url, **context)

    if len(cut) <= 1:
        measures = [{"id": m, "figures": chosen, "best": best[m], "continued": False, "parts": []}
                    for m, chosen in ledgers]  # fmt: skip
        shown = [figure for _, chosen in ledgers for figure in chosen]
        return render(view, metrics=measures, unknowns=unknowns, part=None, parts=[],
                      print_sources=view.cited(unknowns, shown))  # fmt: skip
    t, fmt = view.t, view.edition.format

    def label(part) -> str:
        return parts.part_label(part, dict(ledgers), lambda key: t.measures[key], lambda r: fmt.long_date(r.as_of))

    listed = parts.summaries(view, cut, label)
    where = {measure: [listed[part.n - 1] for part in cut if measure in dict(part.groups)] for measure, _ in ledgers}
    measures = [{"id": m, "figures": [], "best": best[m], "continued": False, "parts": where[m], "count": len(chosen)}
                for m, chosen in ledgers]  # fmt: skip
    files = {FILE: render(view, metrics=measures, unknowns=unknowns, part=None, parts=listed,
                          parts_map=parts.map_url(view, "casualties"), print_sources=view.cited(unknowns))}  # fmt: skip
    for part in cut:
        part_view = replace(view, file=part.file, root=relative_root(part.file), charts=[], intro="")
        part_measures = [{"id": measure, "figures": chosen, "best": best[measure], "parts": [],
                          "continued": measure in part.continued} for measure, chosen in part.groups]  # fmt: skip
        files[part.file] = render(
            part_view, metrics=part_measures, unknowns=[], parts=[],
            part=parts.neighbours(part_view, listed, part.n, "casualties"), print_sources=part_view.cited(part.records),
        )  # fmt: skip
    return files
