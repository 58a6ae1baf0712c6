"""The LPG price before and after 1 January 2022, from background facts whose id starts lpg-price-."""

from __future__ import annotations

from scripts.model import sort_key
from scripts.render import ChartInput, Column
from scripts.strings import strings

PREFIX = "lpg-price-"


def lpg_price(dataset, language: str = "en") -> ChartInput:
    t = strings(language)
    words = t.charts.lpg_price
    facts = sorted(
        (f for f in dataset.background if f.id.startswith(PREFIX) and isinstance(f.value, int | float)),
        key=lambda f: (sort_key(f.as_of), f.value),
    )
    rows = [{"label": f.label, "value": f.value, "id": f.id} for f in facts]

    def build():
        import altair as alt  # imported only when the spec is not cached

        bars = alt.Chart(alt.Data(values=rows)).encode(
            y=alt.Y("label:N", title=None, sort=None, axis=alt.Axis(labelLimit=280)),
            x=alt.X("value:Q", title=words.value),
            tooltip=[alt.Tooltip("label:N", title=words.label), alt.Tooltip("value:Q", title=words.value)],
        )
        chart = alt.layer(
            bars.mark_bar(),
            bars.mark_text(align="left", dx=4).encode(text="value:Q"),
        ).properties(height=alt.Step(34))
        return chart

    first = facts[0].value if facts else 0
    peak = max((f.value for f in facts), default=0)
    last = facts[-1].value if facts else 0
    return ChartInput(
        name="lpg-price",
        chart=build,
        title=words.title,
        subtitle=words.subtitle,
        description=words.description.format(first=first, peak=peak, last=last),
        columns=[Column("label", words.label), Column("value", words.value)],
        rows=rows,
        sources=sorted({s for f in facts for s in f.sources}),
    )
