"""The shared chart renderer: light and dark SVG at two sizes, CSV, spec; cached by spec hash."""

from scripts.charts import ALL_CHARTS
from scripts.load import load
from scripts.paths import DATA_DIR
from scripts.render import MODES, WIDTHS, render, to_csv


def test_every_chart_builds_from_the_real_data_with_description_table_and_sources(tmp_path):
    dataset = load(DATA_DIR)
    names = set()
    for chart_function in ALL_CHARTS:
        chart_input = chart_function(dataset)
        chart_input.chart().to_dict(validate=True)  # a valid Vega-Lite spec (the build skips this check for speed)
        names.add(chart_input.name)
        assert chart_input.description.strip() and chart_input.title and chart_input.rows, chart_input.name
        assert chart_input.sources and set(chart_input.sources) <= {s.id for s in dataset.sources}
        rendered = render(chart_input, cache_dir=tmp_path)
        for mode in MODES:
            for size in WIDTHS:
                svg = rendered.files[f"assets/charts/{chart_input.name}-{mode}-{size}.svg"]
                assert svg.startswith(b"<svg")
        csv_lines = rendered.files[f"assets/charts/{chart_input.name}.csv"].decode().splitlines()
        assert len(csv_lines) == len(chart_input.rows) + 1
    assert len(names) == len(ALL_CHARTS) >= 8


def test_light_and_dark_differ_in_colour(tmp_path):
    chart_input = ALL_CHARTS[0](load(DATA_DIR))
    files = render(chart_input, cache_dir=tmp_path).files
    light = files[f"assets/charts/{chart_input.name}-light-wide.svg"]
    dark = files[f"assets/charts/{chart_input.name}-dark-wide.svg"]
    assert light != dark and b"#1e2129" in dark and b"#1e2129" not in light


def test_an_unchanged_chart_is_not_rendered_again(tmp_path):
    chart_input = ALL_CHARTS[1](load(DATA_DIR))
    first = render(chart_input, cache_dir=tmp_path)
    second = render(chart_input, cache_dir=tmp_path)
    assert first.cache_hits == 0 and second.cache_hits == len(MODES) * len(WIDTHS)
    assert first.files == second.files


def test_csv_quotes_what_needs_quoting():
    from scripts.render import Column

    text = to_csv([Column("a", "A"), Column("b", "B")], [{"a": 'say "hi", then', "b": 1}]).decode()
    assert text == 'a,b\n"say ""hi"", then",1\n'
