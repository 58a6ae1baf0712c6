"""The shared chart renderer: light and dark SVG at two sizes, CSV, spec; cached by spec hash."""

from scripts.charts.base import Column
from scripts.charts.registry import CHART_KINDS, chart_input
from scripts.edition import edition_for
from scripts.load import load
from scripts.paths import DATA_DIR
from scripts.render import MODES, WIDTHS, render, to_csv


def _inputs():
    dataset = load(DATA_DIR)
    edition = edition_for(dataset.story)
    return dataset, [chart_input(spec, dataset, edition) for spec in dataset.story.charts]


def test_every_chart_builds_from_the_real_data_with_description_table_and_sources(tmp_path):
    dataset, inputs = _inputs()
    for chart in inputs:
        chart.chart().to_dict(validate=True)  # a valid Vega-Lite spec (the build skips this check for speed)
        assert chart.description.strip() and chart.title and chart.rows, chart.name
        assert chart.sources and set(chart.sources) <= {s.id for s in dataset.sources}
        rendered = render(chart, tmp_path)
        for mode in MODES:
            for size in WIDTHS:
                assert rendered.files[f"assets/charts/{chart.name}-{mode}-{size}.svg"].startswith(b"<svg")
        csv_lines = rendered.files[f"assets/charts/{chart.name}.csv"].decode().splitlines()
        assert len(csv_lines) == len(chart.rows) + 1
    assert len(inputs) >= 8
    assert {spec.kind for spec in dataset.story.charts} == set(CHART_KINDS)  # every kind is in use


def test_light_and_dark_differ_in_colour(tmp_path):
    chart = _inputs()[1][0]
    files = render(chart, tmp_path).files
    light = files[f"assets/charts/{chart.name}-light-wide.svg"]
    dark = files[f"assets/charts/{chart.name}-dark-wide.svg"]
    assert light != dark and b"#1e2129" in dark and b"#1e2129" not in light


def test_an_unchanged_chart_is_not_rendered_again(tmp_path):
    chart = _inputs()[1][1]
    first = render(chart, tmp_path)
    second = render(chart, tmp_path)
    assert first.cache_hits < len(MODES) * len(WIDTHS) == second.cache_hits  # the first pass drew some itself
    assert first.files == second.files


def test_csv_quotes_what_needs_quoting():
    text = to_csv([Column("a", "A"), Column("b", "B")], [{"a": 'say "hi", then', "b": 1}]).decode()
    assert text == 'a,b\n"say ""hi"", then",1\n'


def test_each_kind_of_mark_in_a_ledger_legend_has_its_own_symbol(tmp_path):
    """Vega-Lite draws unfilled marks' legend symbols hollow, so only the shape tells the kinds apart."""
    from bs4 import BeautifulSoup

    dataset, inputs = _inputs()
    kinds = {spec.id: spec.kind for spec in dataset.story.charts}
    ledgers = [chart for chart in inputs if kinds[chart.name] == "ledger"]
    assert len(ledgers) >= 3
    for chart in ledgers:
        svg = render(chart, tmp_path).files[f"assets/charts/{chart.name}-light-wide.svg"]
        symbols = [p["d"] for p in BeautifulSoup(svg, "html.parser").select("g.role-legend-symbol path")]
        # One entry per kind the chart draws, each its own shape.
        assert len(set(symbols)) == len(symbols) == len({row["kind"] for row in chart.rows}), (chart.name, symbols)
    assert any(len({row["kind"] for row in chart.rows}) >= 2 for chart in ledgers)
