"""Figures of one or more measures over time, as reported: the ledger as a step chart (whole area only)."""

from __future__ import annotations

from datetime import date

from scripts.charts.base import ChartInput, Column
from scripts.charts.time_axis import FOCUS_SHARE, TimeAxis
from scripts.derive import national, official_line, sources_of, traced
from scripts.model import day_of


def _rows(figures, t, fmt, axis) -> list[dict]:
    on_line = official_line(figures)
    rows = []
    for f in figures:
        value = f.value if f.value is not None else f.low
        kind = "withdrawn" if f.status == "withdrawn" else "line" if f.id in on_line else "other"
        annotation = ""
        if f.status in ("withdrawn", "final"):
            annotation = t.charts.annotate[f.status].format(value=fmt.number(value))
        rows.append({
            "date": day_of(f.as_of).isoformat(),
            "pos": axis.position(day_of(f.as_of)),
            "when": fmt.long_date(f.as_of),
            "value": value,
            "high": f.value if f.value is not None else (f.high if f.high is not None else f.low),
            "reported_by": f.reported_by,
            "measure": t.measures[f.measure],
            "reporter_type": t.reporter_types[f.reporter_type],
            "basis": t.bases[f.basis],
            "status": t.statuses[f.status],
            "withdrawn": f.status == "withdrawn",
            "on_line": f.id in on_line,
            "counted": f.basis == "count",
            "kind": t.charts.marks[kind],
            "annotation": annotation,
            "id": f.id,
        })  # fmt: skip
    return rows


HEIGHT = 300  # the plot's height in pixels
MARK_SHAPES = {"line": "circle", "other": "diamond", "withdrawn": "cross"}  # a shape for each kind of mark


def _ledger_chart(rows: list[dict], words, t, series: bool, axis: dict):
    """A step line through the authorities' counts that stood, a mark per report by what it is.

    The focus weeks take most of the width (later revisions beside them, past a dashed rule);
    withdrawn and final figures are labelled on the chart; with several measures each line is
    labelled at its end instead of by a legend. Figures from others, estimates, sums and the
    competing counts of one day are hollow diamonds off the line; who reported each is in the tooltip
    and the table.
    """
    import altair as alt  # imported only when the spec is not cached

    x = alt.X(
        "pos:Q", title=t.charts.date_reported, scale=alt.Scale(domain=[0, 1], nice=False, zero=False),
        axis=alt.Axis(values=[p for p, _ in axis.ticks], labelExpr=axis.label_expression(), labelAngle=0,
                      grid=False, labelOverlap="greedy", labelSeparation=8),
    )  # fmt: skip
    base = alt.Chart(alt.Data(values=rows)).encode(
        x=x,
        y=alt.Y("value:Q", title=words["y"]),
        tooltip=[
            alt.Tooltip("when:N", title=t.charts.date_reported),
            alt.Tooltip("value:Q", title=words["y"], format=","),
            alt.Tooltip("high:Q", title=words["y_high"], format=","),
            alt.Tooltip("reported_by:N", title=t.charts.reported_by),
            alt.Tooltip("reporter_type:N", title=t.charts.reporter_type),
            alt.Tooltip("basis:N", title=t.charts.basis),
            alt.Tooltip("status:N", title=t.charts.status),
        ],
    )
    # Colour by measure (one colour for a single one); filled circles on the line, hollow diamonds off it.
    base = base.encode(color=alt.Color("measure:N", legend=None))
    fill = alt.condition("datum.on_line", alt.Fill("measure:N", legend=None), alt.value("transparent"))
    # A shape per kind, so the legend (whose symbols Vega-Lite draws hollow) and a grey print tell them
    # apart; the legend names only the kinds the chart draws (all of them when it draws none).
    drawn = {row["kind"] for row in rows}
    kinds = {t.charts.marks[k]: shape for k, shape in MARK_SHAPES.items() if t.charts.marks[k] in drawn or not drawn}
    legend = alt.Legend(orient="bottom", direction="vertical")
    scale = alt.Scale(domain=list(kinds), range=list(kinds.values()))
    shapes = alt.Shape("kind:N", title=None, scale=scale, legend=legend)

    layers = [
        base.transform_filter("datum.on_line").mark_line(interpolate="step-after", opacity=0.8),
        base.transform_filter("datum.high > datum.value").mark_rule(strokeWidth=2).encode(y2="high:Q"),
        base.mark_point(size=70, strokeWidth=2, filled=False, opacity=1).encode(shape=shapes, fill=fill),
        # Labels on the key figures, kept inside the plot near its right edge.
        base.transform_filter("datum.annotation != '' && datum.pos <= 0.8")
        .mark_text(align="left", dx=7, dy=-9, fontSize=12, fontWeight="bold")
        .encode(text="annotation:N"),
        base.transform_filter("datum.annotation != '' && datum.pos > 0.8")
        .mark_text(align="right", dx=-4, dy=-14, fontSize=12, fontWeight="bold")
        .encode(text="annotation:N"),
    ]
    if series:  # each line named at its last point
        last = base.transform_filter("datum.on_line").transform_window(
            rank="rank()", sort=[alt.SortField("date", order="descending")], groupby=["measure"]
        ).transform_filter("datum.rank == 1")
        # Right of the point, or left of it near the plot's right edge, so no label sticks out and
        # squeezes the plot (Vega-Lite shrinks it to fit).
        layers.append(last.transform_filter("datum.pos <= 0.8").mark_text(align="left", dx=8, dy=14, fontSize=12)
                      .encode(text="measure:N"))  # fmt: skip
        layers.append(last.transform_filter("datum.pos > 0.8").mark_text(align="right", dx=-8, dy=14, fontSize=12)
                      .encode(text="measure:N"))  # fmt: skip
    if axis.broken:
        marker = alt.Chart(alt.Data(values=[{"pos": FOCUS_SHARE + 0.01, "label": t.charts.later}])).encode(x="pos:Q")
        layers.append(marker.mark_rule(strokeDash=[4, 3], opacity=0.6))
        # At the foot of the rule: the top is where the latest (final) figure and its label sit.
        layers.append(marker.mark_text(align="left", baseline="bottom", dx=4, y=HEIGHT - 4, fontSize=12)
                      .encode(text="label:N"))  # fmt: skip
    return alt.layer(*layers).properties(height=HEIGHT)


def ledger(spec, dataset, edition) -> ChartInput:
    t, words = edition.words, spec.labels
    long_date, number = edition.format.long_date, edition.format.number
    # Only figures resting on a primary or major-outlet source are drawn; the caption counts the rest.
    figures = national(traced(dataset), set(spec.measures))
    held_back = len(national(dataset.figures, set(spec.measures))) - len(figures)
    axis = TimeAxis([day_of(f.as_of) for f in figures] or [dataset.story.focus.start], dataset.story.focus,
                    edition.format)  # fmt: skip
    rows = _rows(figures, t, edition.format, axis)
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
        chart=lambda: _ledger_chart(rows, words, t, series, axis),
        description=spec.description.format(
            first=number(first["value"]), first_date=long_date(_date(first["date"])),
            last=number(last["value"]), last_by=last["reported_by"], last_date=long_date(_date(last["date"])),
            peak=number(peak["value"]), peak_date=long_date(_date(peak["date"])), peak_by=peak["reported_by"],
        ) + (" " + t.charts.held_back.format(count=number(held_back)) if held_back else ""),  # fmt: skip
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
