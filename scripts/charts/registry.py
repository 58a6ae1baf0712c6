"""Every chart kind the engine offers, by the name data/story.yaml gives it: one line per kind."""

from __future__ import annotations

from scripts.charts.counts_by import counts_by
from scripts.charts.latest_by_country import latest_by_country
from scripts.charts.ledger import ledger
from scripts.charts.per_day import per_day
from scripts.charts.place_map import place_map
from scripts.charts.value_series import value_series

CHART_KINDS = {
    "ledger": ledger,
    "per-day": per_day,
    "place-map": place_map,
    "value-series": value_series,
    "counts-by": counts_by,
    "latest-by-country": latest_by_country,
}


def chart_input(spec, dataset, edition):
    """The ChartInput of one chart of the story."""
    return CHART_KINDS[spec.kind](spec, dataset, edition)
