"""The home page: the editor's opening, the key figures the story names, and its charts."""

from __future__ import annotations

from scripts.derive import headline_figure, latest_per_country, latest_whole_force, total_troops, traced
from scripts.model import sort_key

FILE = "index.md"


def key_figures(view) -> list[dict]:
    t, fmt, story = view.t, view.edition.format, view.dataset.story
    cards = []
    figures = traced(view.dataset)
    for measure in story.key_figures.measures:
        best = headline_figure(figures, measure)
        if best is not None:
            who = f"{t.site.reported_by} {best.reported_by}"
            link = view.url("casualties", measure)
            value = fmt.figure_text(best) + ("" if best.basis == "count" else f" ({t.bases[best.basis]})")
            card = _card(view, t.measures[measure], value, best.as_of, who, link)
            cards.append({**card, "definition": t.definitions[measure]})
    if story.key_figures.deployments is not None:
        card = _troops_card(view, story.key_figures.deployments)
        if card:
            cards.append(card)
    return cards


def build(view) -> str:
    return view.render(
        "index.md.j2",
        key_figures=key_figures(view),
        story=view.dataset.story,
        last_updated=view.last_updated,
        unknowns=[question for question in view.dataset.unknowns if question.on_home],
        unknowns_link=view.url("casualties", "unknowns-heading"),
    )


def _card(view, label: str, value: str, as_of, who: str, link: str) -> dict:
    """One key figure: the number, then 'as of <date>, <who said it>.' and a link to all reports."""
    meta = f"{view.t.site.as_of} {view.edition.format.long_date(as_of)}, {who}."
    return {"label": label, "value": value, "meta": meta, "link": link, "definition": ""}


def _troops_card(view, words) -> dict | None:
    """The latest count of the whole force, else the sum of the national contingents."""
    number = view.edition.format.number
    link = view.url("background", view.dataset.story.deployments_anchor)
    latest = latest_whole_force(view.dataset.deployments)
    if latest is not None:
        who = f"{view.t.site.reported_by} {latest.reported_by}"
        return _card(view, words.label, number(latest.troops), latest.date, who, link)
    national = latest_per_country(view.dataset.deployments)
    if not national:
        return None
    as_of = max((d.date for d in national), key=sort_key)
    who = words.sum_note.format(countries=len(national))
    return _card(view, words.label, number(total_troops(national)), as_of, who, link)
