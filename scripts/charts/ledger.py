"""Figures from the casualty ledger over time: deaths, detentions, injuries (national figures only)."""

from __future__ import annotations

from datetime import date

from scripts.model import day_of, sort_key
from scripts.render import ChartInput, Column
from scripts.strings import strings
from scripts.templating import environment


def _rows(figures, t) -> list[dict]:
    return [
        {
            "date": day_of(f.as_of).isoformat(),
            "value": f.value if f.value is not None else f.low,
            "high": f.value if f.value is not None else (f.high if f.high is not None else f.low),
            "reported_by": f.reported_by,
            "metric": t.metrics[f.metric],
            "status": t.statuses[f.status],
            "withdrawn": f.status == "withdrawn",
            "id": f.id,
        }
        for f in figures
    ]


def _ledger_chart(rows: list[dict], words, t, series: str | None = None):
    """A step line through the figures that stood, a mark per report shaped by its status.

    One line per series (e.g. all injured / security forces injured); the reporter of each figure
    is in the tooltip and the table, since most reporters gave only one or two figures.
    """
    import altair as alt  # imported only when the spec is not cached

    base = alt.Chart(alt.Data(values=rows)).encode(
        x=alt.X("date:T", title=t.charts.date_reported, axis=alt.Axis(format="%b %Y", labelAngle=0, tickCount=5)),
        y=alt.Y("value:Q", title=words.y),
        tooltip=[
            alt.Tooltip("date:T", title=t.charts.date_reported, format="%-d %B %Y"),
            alt.Tooltip("value:Q", title=words.y, format=","),
            alt.Tooltip("high:Q", title=words.y_high, format=","),
            alt.Tooltip("reported_by:N", title=t.charts.reported_by),
            alt.Tooltip("status:N", title=t.charts.status),
        ],
    )
    if series:
        base = base.encode(color=alt.Color(f"{series}:N", title=words.series))
    standing = base.transform_filter("!datum.withdrawn")
    return alt.layer(
        standing.mark_line(interpolate="step-after", opacity=0.7),
        base.transform_filter("datum.high > datum.value").mark_rule(strokeWidth=2).encode(y2="high:Q"),
        # Shape, not only colour, tells the status; a withdrawn figure is hollow and off the line.
        base.mark_point(size=80, strokeWidth=2, filled=False).encode(
            shape=alt.Shape("status:N", title=t.charts.status)
        ),
    ).properties(height=300)


def _figures(dataset, metrics):
    national = (f for f in dataset.figures if f.metric in metrics and f.scope is None)
    return sorted(national, key=lambda f: (sort_key(f.as_of), f.id))


def _columns(words, t, with_metric: bool = False) -> list[Column]:
    columns = [Column("date", t.charts.date_reported), Column("value", words.y), Column("high", words.y_high)]
    if with_metric:
        columns.append(Column("metric", words.metric))
    return columns + [Column("reported_by", t.charts.reported_by), Column("status", t.charts.status)]


def _peak(rows):
    # The highest firm count: a range's low end, so a vague "thousands" does not become 9,999.
    return max(rows, key=lambda row: (row["value"], row["date"])) if rows else None


def _sources(figures) -> list[str]:
    return sorted({source for f in figures for source in f.sources})


def deaths_over_time(dataset, language: str = "en") -> ChartInput:
    t = strings(language)
    words = t.charts.deaths_over_time
    figures = _figures(dataset, {"deaths-total"})
    rows = _rows(figures, t)
    long_date, number = environment(language).filters["long_date"], environment(language).filters["number"]
    standing = [row for row in rows if not row["withdrawn"]] or [{"value": 0, "date": "", "reported_by": ""}]
    first, last = standing[0], standing[-1]
    return ChartInput(
        name="deaths-over-time",
        chart=lambda: _ledger_chart(rows, words, t),
        title=words.title,
        subtitle=words.subtitle,
        description=words.description.format(
            first=number(first["value"]),
            first_date=long_date(_date(first["date"])),
            last=number(last["value"]),
            last_by=last["reported_by"],
            last_date=long_date(_date(last["date"])),
        ),  # fmt: skip
        columns=_columns(words, t),
        rows=rows,
        sources=_sources(figures),
    )


def _peak_chart(dataset, language: str, name: str, metrics: set[str], series: str | None = None) -> ChartInput:
    """Counts that rose and fell (detentions, injuries): described by their highest firm figure."""
    t = strings(language)
    words = getattr(t.charts, name.replace("-", "_"))
    figures = _figures(dataset, metrics)
    rows = _rows(figures, t)
    peak = _peak(rows) or {"value": 0, "date": "", "reported_by": ""}
    long_date, number = environment(language).filters["long_date"], environment(language).filters["number"]
    return ChartInput(
        name=name,
        chart=lambda: _ledger_chart(rows, words, t, series=series),
        title=words.title,
        subtitle=words.subtitle,
        description=words.description.format(
            peak=number(peak["value"]), peak_date=long_date(_date(peak["date"])), peak_by=peak["reported_by"]
        ),
        columns=_columns(words, t, with_metric=series is not None),
        rows=rows,
        sources=_sources(figures),
    )


def detained_over_time(dataset, language: str = "en") -> ChartInput:
    return _peak_chart(dataset, language, "detained-over-time", {"detained"})


def injured_over_time(dataset, language: str = "en") -> ChartInput:
    return _peak_chart(dataset, language, "injured-over-time", {"injured", "injured-security-forces"}, series="metric")


def _date(iso: str) -> date | str:
    return date.fromisoformat(iso) if iso else ""
