"""Counts per day, stacked by a category: shared by the events and the reactions charts."""

from __future__ import annotations


def stacked_by_day(rows, *, count: str, group: str, order: list[str], x_title: str, y_title: str,
                   group_title: str, day_format: str, height: int, ordinal_days: bool = False):  # fmt: skip
    """A stacked bar per day; `ordinal_days` gives every day its own labelled bar (a short window)."""
    import altair as alt  # imported only when the spec is not cached

    axis = alt.Axis(format=day_format, labelAngle=0, **({} if ordinal_days else {"tickCount": 6}))
    return (
        alt.Chart(alt.Data(values=rows))
        .mark_bar()
        .encode(
            x=alt.X("date:O" if ordinal_days else "date:T", title=x_title, timeUnit="yearmonthdate", axis=axis),
            y=alt.Y(f"sum({count}):Q", title=y_title, axis=alt.Axis(tickMinStep=1)),
            color=alt.Color(f"{group}:N", title=group_title, sort=order, scale=alt.Scale(domain=order)),
            order=alt.Order(f"{group}:N"),
            tooltip=[
                alt.Tooltip("date:T", title=x_title, format="%-d %B %Y"),
                alt.Tooltip(f"{group}:N", title=group_title),
                alt.Tooltip(f"{count}:Q", title=y_title),
            ],
        )
        .properties(height=height)
    )
