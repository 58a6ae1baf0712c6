"""The CSTO contingent by country: the latest reported number for each."""

from __future__ import annotations

from scripts.model import day_of, sort_key
from scripts.render import ChartInput, Column
from scripts.strings import strings
from scripts.templating import environment


def latest_per_country(deployments) -> list:
    """The latest reported number per country; counts of the whole force are left out."""
    latest = {}
    national = (d for d in deployments if not d.whole_contingent)
    for deployment in sorted(national, key=lambda d: (sort_key(d.date), d.id)):
        latest[deployment.country] = deployment
    return sorted(latest.values(), key=lambda d: (-d.troops, d.country))


def csto_contingent(dataset, language: str = "en") -> ChartInput:
    t = strings(language)
    words = t.charts.csto_contingent
    number = environment(language).filters["number"]
    contingents = latest_per_country(dataset.deployments)
    rows = [{"country": d.country, "troops": d.troops, "date": day_of(d.date).isoformat()} for d in contingents]

    def build():
        import altair as alt  # imported only when the spec is not cached

        bars = alt.Chart(alt.Data(values=rows)).encode(
            y=alt.Y("country:N", title=None, sort="-x"),
            x=alt.X("troops:Q", title=words.troops),
            tooltip=[
                alt.Tooltip("country:N", title=words.country),
                alt.Tooltip("troops:Q", title=words.troops, format=","),
            ],
        )
        chart = alt.layer(
            bars.mark_bar(),
            bars.mark_text(align="left", dx=4).encode(text=alt.Text("troops:Q", format=",")),
        ).properties(height=alt.Step(34))
        return chart

    largest = contingents[0] if contingents else None
    return ChartInput(
        name="csto-contingent",
        chart=build,
        title=words.title,
        subtitle=words.subtitle,
        description=words.description.format(
            largest=largest.country if largest else "",
            largest_troops=number(largest.troops) if largest else 0,
            total=number(sum(d.troops for d in contingents)),
        ),  # fmt: skip
        columns=[Column("country", words.country), Column("troops", words.troops), Column("date", words.date)],
        rows=rows,
        sources=sorted({s for d in contingents for s in d.sources}),
    )
