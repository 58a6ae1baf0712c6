"""Figures of one or more measures over time, as reported: the ledger as a step chart (whole area only)."""

from __future__ import annotations

from datetime import date

from scripts.charts.base import ChartInput, Column
from scripts.derive import official_line, sources_of
from scripts.model import day_of, sort_key


def _rows(figures, t) -> list[dict]:
    on_line = official_line(figures)
    return [
        {
            "date": day_of(f.as_of).isoformat(),
            "value": f.value if f.value is not None else f.low,
            "high": f.value if f.value is not None else (f.high if f.high is not None else f.low),
            "reported_by": f.reported_by,
            "measure": t.measures[f.measure],
            "reporter_type": t.reporter_types[f.reporter_type],
            "basis": t.bases[f.basis],
            "status": t.statuses[f.status],
            "withdrawn": f.status == "withdrawn",
            "on_line": f.id in on_line,
            "counted": f.basis == "count",
            "id": f.id,
        }
        for f in figures
    ]


def _ledger_chart(rows: list[dict], words, t, series: bool):
    """A step line through the authorities' counts that stood, a mark per report shaped by its status.

    One line per measure when there are several. Figures from others, estimates, sums and the
    competing counts of one day are marks off the line; who reported each is in the tooltip and the
    table, since most reporters gave only one or two figures.
    """
    import altair as alt  # imported only when the spec is not cached

    base = alt.Chart(alt.Data(values=rows)).encode(
        x=alt.X("date:T", title=t.charts.date_reported, axis=alt.Axis(format="%b %Y", labelAngle=0, tickCount=5)),
        y=alt.Y("value:Q", title=words["y"]),
        tooltip=[
            alt.Tooltip("date:T", title=t.charts.date_reported, format="%-d %B %Y"),
            alt.Tooltip("value:Q", title=words["y"], format=","),
            alt.Tooltip("high:Q", title=words["y_high"], format=","),
            alt.Tooltip("reported_by:N", title=t.charts.reported_by),
            alt.Tooltip("reporter_type:N", title=t.charts.reporter_type),
            alt.Tooltip("basis:N", title=t.charts.basis),
            alt.Tooltip("status:N", title=t.charts.status),
        ],
    )
    if series:
        base = base.encode(color=alt.Color("measure:N", title=words.get("series", "")))
    standing = base.transform_filter("datum.on_line")
    return alt.layer(
        standing.mark_line(interpolate="step-after", opacity=0.7),
        base.transform_filter("datum.high > datum.value").mark_rule(strokeWidth=2).encode(y2="high:Q"),
        # Shape, not only colour, tells the status; a withdrawn figure is hollow and off the line.
        base.mark_point(size=80, strokeWidth=2, filled=False).encode(
            shape=alt.Shape("status:N", title=t.charts.status)
        ),
    ).properties(height=300)


def ledger(spec, dataset, edition) -> ChartInput:
    t, words = edition.words, spec.labels
    long_date, number = edition.format.long_date, edition.format.number
    chosen = set(spec.measures)
    figures = sorted(
        (f for f in dataset.figures if f.measure in chosen and f.scope is None), key=lambda f: (sort_key(f.as_of), f.id)
    )
    rows = _rows(figures, t)
    series = len(spec.measures) > 1
    empty = {"value": 0, "date": "", "reported_by": ""}
    standing = [row for row in rows if row["on_line"]] or [empty]
    first, last = standing[0], standing[-1]
    # The highest firm count (a range's low end, so "thousands" does not become 9,999); estimates,
    # sums and readings of vague words are not counts, so they are never called the peak.
    counted = [row for row in rows if row["counted"] and not row["withdrawn"]]
    peak = max(counted, key=lambda row: (row["value"], row["date"])) if counted else empty
    columns = [Column("date", t.charts.date_reported), Column("value", words["y"]), Column("high", words["y_high"])]
    if series:
        columns.append(Column("measure", words.get("series", "")))
    columns += [Column("reported_by", t.charts.reported_by), Column("reporter_type", t.charts.reporter_type),
                Column("basis", t.charts.basis), Column("status", t.charts.status)]  # fmt: skip
    return ChartInput.of(
        spec,
        chart=lambda: _ledger_chart(rows, words, t, series),
        description=spec.description.format(
            first=number(first["value"]), first_date=long_date(_date(first["date"])),
            last=number(last["value"]), last_by=last["reported_by"], last_date=long_date(_date(last["date"])),
            peak=number(peak["value"]), peak_date=long_date(_date(peak["date"])), peak_by=peak["reported_by"],
        ),  # fmt: skip
        alt=t.charts.alt.ledger.format(
            measures=", ".join(t.measures[m] for m in spec.measures), reports=len(rows),
            first_date=long_date(_date(rows[0]["date"] if rows else "")),
            last_date=long_date(_date(rows[-1]["date"] if rows else "")),
        ),  # fmt: skip
        columns=columns,
        rows=rows,
        sources=sources_of(figures),
    )


def _date(iso: str) -> date | None:
    return date.fromisoformat(iso) if iso else None
