"""The latest reported deployment per country, as bars (counts of the whole force are left out)."""

from __future__ import annotations

from scripts.charts.base import ChartInput, Column
from scripts.derive import latest_per_country, latest_whole_force, sources_of, total_troops
from scripts.model import day_of


def latest_by_country(spec, dataset, edition) -> ChartInput:
    words, number = spec.labels, edition.format.number
    contingents = latest_per_country(dataset.deployments)
    rows = [
        {"country": d.country, "troops": d.troops, "date": day_of(d.date).isoformat(), "reported_by": d.reported_by}
        for d in contingents
    ]
    whole = latest_whole_force(dataset.deployments)

    def build():
        import altair as alt  # imported only when the spec is not cached

        bars = alt.Chart(alt.Data(values=rows)).encode(
            y=alt.Y("country:N", title=None, sort="-x"),
            x=alt.X("troops:Q", title=words["troops"]),
            tooltip=[
                alt.Tooltip("country:N", title=words["country"]),
                alt.Tooltip("troops:Q", title=words["troops"], format=","),
                alt.Tooltip("reported_by:N", title=words["reported_by"]),
            ],
        )
        return alt.layer(
            bars.mark_bar(),
            bars.mark_text(align="left", dx=4).encode(text=alt.Text("troops:Q", format=",")),
        ).properties(height=alt.Step(34))

    largest = contingents[0] if contingents else None
    return ChartInput.of(
        spec,
        chart=build,
        description=spec.description.format(
            largest=largest.country if largest else "",
            largest_troops=number(largest.troops) if largest else 0,
            total=number(total_troops(contingents)),
            whole_force=number(whole.troops) if whole else "", whole_force_by=whole.reported_by if whole else "",
        ),  # fmt: skip
        alt=edition.words.charts.alt.latest_by_country.format(
            count=len(rows), names=", ".join(r["country"] for r in rows), what=words["troops"].lower()
        ),
        columns=[Column("country", words["country"]), Column("troops", words["troops"]), Column("date", words["date"]),
                 Column("reported_by", words["reported_by"])],  # fmt: skip
        rows=rows,
        sources=sources_of(contingents),
    )
