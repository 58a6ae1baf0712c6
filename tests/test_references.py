"""Checks across files: sources, places and corrected records exist; a time's zone is its place's."""

from tests.test_load import problems
from tests.test_story import add_chart


def test_an_unknown_scope_is_named_with_a_hint(data_dir):
    assert problems(data_dir, "figures.yaml", "  status: reported", "  scope: almatty\n  status: reported") == [
        "data/figures.yaml:7: figure detained-2022-01-06: scope: unknown place id 'almatty' (did you mean 'almaty'?)"
    ]


def test_a_correction_names_a_real_record(data_dir):
    (data_dir / "corrections.yaml").write_text(
        "- id: c1\n  date: 2022-01-07\n  record: 2022-01-06-clashs\n  summary: Fixed.\n", encoding="utf-8"
    )
    assert problems(data_dir, "corrections.yaml", "Fixed.", "Fixed the time.") == [
        "data/corrections.yaml:3: correction c1: record: unknown record id '2022-01-06-clashs' "
        "(did you mean '2022-01-06-clashes'?)"
    ]


def test_a_chart_may_leave_out_only_real_places(data_dir):
    add_chart(
        data_dir,
        "{id: map, kind: place-map, geometry: geo/x.geojson, leave_out: [everywhere], title: M, subtitle: S,\n"
        "     description: '{top}', labels: {place: P, region: R, events: E}}",
    )
    (data_dir / "geo").mkdir()
    (data_dir / "geo" / "x.geojson").write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    assert problems(data_dir, "events.yaml", "Clashes", "Clashes") == [
        "data/geo/x.geojson:1: the map outline has no features",
        "data/story.yaml:35: story test-story: charts.map.leave_out: unknown place id 'everywhere'",
    ]


def test_at_most_a_dozen_key_moments(data_dir):
    event = (data_dir / "events.yaml").read_text(encoding="utf-8")
    copies = [event.replace("2022-01-06-clashes", f"2022-01-06-clashes-{n}").replace(
        "  sources:", "  key_moment: true\n  sources:") for n in range(13)]  # fmt: skip
    (data_dir / "events.yaml").write_text("".join(copies), encoding="utf-8")
    lines = problems(data_dir, "events.yaml", "clashes-0", "clashes-0")
    assert len(lines) == 1 and lines[0].startswith("data/events.yaml:0: 13 events are key moments; flag at most 12")
