"""data/story.yaml: the story's shape is validated like any record, its errors named by file, line and path."""

import pytest

from scripts.errors import DataErrors
from scripts.load import load
from tests.test_load import problems


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'colour: "#a32020"', 'colour: "red"',
            "data/story.yaml:15: story test-story: categories.violence.colour: 'red' is not a colour; write it as # "
            "and six hex digits, e.g. #0b5fa5",
        ),
        (
            "kind: ledger", "kind: ledgr",
            "data/story.yaml:29: story test-story: charts.detained-over-time.kind: 'ledgr' is not a chart kind; use one "
            "of: ledger, per-day, place-map, value-series, counts-by, latest-by-country (did you mean 'ledger'?)",
        ),
        (
            "{peak} on {peak_date}", "{peak} on {peak_day}",
            "data/story.yaml:33: story test-story: charts.detained-over-time.description: unknown placeholder "
            "{peak_day}; this chart kind offers: {first}, {first_date}, {last}, {last_by}, {last_date}, {peak}, "
            "{peak_date}, {peak_by}",
        ),
        (
            "labels: {y: People detained, y_high: High end}", "labels: {y: People detained}",
            "data/story.yaml:34: story test-story: charts.detained-over-time.labels: missing 'y_high' (this chart kind "
            "needs: y, y_high)",
        ),
        (
            "index: {charts: [detained-over-time]}", "index: {charts: [detained]}",
            "data/story.yaml:36: story test-story: pages.index.charts: unknown chart id 'detained' "
            "(did you mean 'detained-over-time'?)",
        ),
        (
            "measures: [detained]\n", "measures: [detainees]\n",
            "data/story.yaml:26: story test-story: key_figures.measures: unknown measure 'detainees' (did you mean 'detained'?)",
        ),
        (
            "window: {start: 2021-01-01, end: 2023-12-31}", "window: {start: 2021-01-01, end: 2023-02-30}",
            "data/story.yaml:5: story test-story: window.end: '2023-02-30' is not a real date (check the month and day)",
        ),
        (
            "language: en", "language: en\nwords: {home: {titel: Hello}}",
            "data/story.yaml:5: story test-story: words.home.titel: the engine has no word by this name",
        ),
        (
            "language: en", "language: xx",
            "data/story.yaml:4: story test-story: language: the engine has no word table for 'xx' (it has: en, nl)",
        ),
    ],
)  # fmt: skip
def test_a_wrong_story_is_one_clear_line(data_dir, old, new, expected):
    assert problems(data_dir, "story.yaml", old, new) == [expected]


def test_a_broken_story_file_is_reported_alone(data_dir):
    (data_dir / "story.yaml").write_text("id: x\n  title: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataErrors) as caught:
        load(data_dir)
    assert [e.file for e in caught.value.errors] == ["data/story.yaml"]


def test_a_missing_story_file(data_dir):
    (data_dir / "story.yaml").unlink()
    with pytest.raises(DataErrors) as caught:
        load(data_dir)
    assert str(caught.value.errors[0]) == (
        "data/story.yaml:0: the file is missing (it holds the story's shape and words)"
    )


def add_chart(data_dir, chart: str) -> None:
    """Append one chart, written as a YAML flow mapping, to the minimal story's charts."""
    story = data_dir / "story.yaml"
    story.write_text(story.read_text(encoding="utf-8").replace("pages:", f"  - {chart}\npages:"), encoding="utf-8")


def test_a_chart_naming_a_missing_or_non_numeric_fact(data_dir):
    add_chart(
        data_dir,
        "{id: prices, kind: value-series, facts: [lpg-price, lpg-prise], title: P, subtitle: S,\n"
        "     description: 'From {first}', labels: {label: Price, value: Value}}",
    )
    with pytest.raises(DataErrors) as caught:
        load(data_dir)
    assert [str(e) for e in caught.value.errors] == [
        "data/story.yaml:35: story test-story: charts.prices.facts: the background fact 'lpg-price' has no number as "
        "its value, so it cannot be drawn",
        "data/story.yaml:35: story test-story: charts.prices.facts: unknown background fact id 'lpg-prise' "
        "(did you mean 'lpg-price'?)",
    ]
