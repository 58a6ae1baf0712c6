"""Every mistake an editor can make is reported as data/FILE:LINE: KIND ID: FIELD: message."""

import pytest

from scripts.errors import DataErrors
from scripts.load import load


def problems(data_dir, file: str, old: str, new: str) -> list[str]:
    path = data_dir / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {file}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DataErrors) as caught:
        load(data_dir)
    return [str(error) for error in caught.value.errors]


def test_minimal_data_is_valid(data_dir):
    dataset = load(data_dir)
    assert [event.id for event in dataset.events] == ["2022-01-06-clashes"]


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (
            "events.yaml", "  title: Clashes", "  titel: Clashes",
            [
                "data/events.yaml:1: event 2022-01-06-clashes: title: this required field is missing",
                "data/events.yaml:5: event 2022-01-06-clashes: titel: unknown field (did you mean 'title'?)",
            ],
        ),
        (
            "figures.yaml", "value: 2300", "value: lots",
            ["data/figures.yaml:3: figure detained-2022-01-06: value: 'lots' is not a whole number (write digits only, e.g. 225)"],
        ),
        (
            "figures.yaml", "value: 2300", "value: -5",
            ["data/figures.yaml:3: figure detained-2022-01-06: value: must not be negative"],
        ),
        (
            "figures.yaml", "as_of: 2022-01-06", "as_of: 2022-02-30",
            ["data/figures.yaml:4: figure detained-2022-01-06: as_of: '2022-02-30' is not a real date (check the month and day)"],
        ),
        (
            "figures.yaml", "as_of: 2022-01-06", "as_of: 2202-01-06",
            ["data/figures.yaml:4: figure detained-2022-01-06: as_of: 2202-01-06 is outside the story's range "
             "(2021-01-01 to 2023-12-31, set in data/story.yaml); is the year right?"],
        ),
        (
            "events.yaml", "start: 2022-01-06T14:00:00+06:00", "start: 2022-01-06T14:00:00",
            ["data/events.yaml:2: event 2022-01-06-clashes: start: '2022-01-06T14:00:00' has a time but no time zone; "
             "add the place's UTC offset, e.g. 2022-01-06T14:00:00+06:00"],
        ),
        (
            "events.yaml", "start: 2022-01-06T14:00:00+06:00", "start: 2022-01-06T14:00:00+05:00",
            ["data/events.yaml:2: event 2022-01-06-clashes: start: the time zone +05:00 does not match Almaty "
             "(+06:00 at the time); write the local time with the place's offset"],
        ),
        (
            "events.yaml", "category: violence", "category: violent",
            ["data/events.yaml:4: event 2022-01-06-clashes: category: 'violent' is not allowed; use one of: protest, "
             "violence (did you mean 'violence'?)"],
        ),
        (
            "events.yaml", "sources: [nu-2022-01-06-onrust]", "sources: [nu-2022-01-06-onrus]",
            ["data/events.yaml:7: event 2022-01-06-clashes: sources: unknown source id 'nu-2022-01-06-onrus' "
             "(did you mean 'nu-2022-01-06-onrust'?)"],
        ),
        (
            "events.yaml", "place: almaty", "place: almatty",
            ["data/events.yaml:3: event 2022-01-06-clashes: place: unknown place id 'almatty' (did you mean 'almaty'?)"],
        ),
        (
            "sources.yaml", "url: https://www.nu.nl", "url: javascript://www.nu.nl",
            ["data/sources.yaml:4: source nu-2022-01-06-onrust: url: 'javascript://www.nu.nl/buitenland/6176920/x.html' "
             "is not a web address; links must start with https:// or http://"],
        ),
        (
            "events.yaml", "summary: Explosions", "summary: <script>alert(1)</script> Explosions",
            ["data/events.yaml:6: event 2022-01-06-clashes: summary: raw HTML or script is not allowed here; "
             "write plain text (Markdown in summaries)"],
        ),
        (
            "events.yaml", "summary: Explosions and gunfire were heard.", "summary: '[click](javascript:alert(1)) Explosions'",
            ["data/events.yaml:6: event 2022-01-06-clashes: summary: raw HTML or script is not allowed here; "
             "write plain text (Markdown in summaries)"],
        ),
        (
            "events.yaml", "summary: Explosions and gunfire were heard.", "summary: '[click](ftp://example.org) Explosions'",
            ["data/events.yaml:6: event 2022-01-06-clashes: summary: the link 'ftp://example.org' must start with "
             "https:// or http:// (or # for a link on the site)"],
        ),
        (
            "events.yaml", "id: 2022-01-06-clashes", "id: 2022-01-06 Clashes",
            ["data/events.yaml:1: event 2022-01-06 Clashes: id: '2022-01-06 Clashes' is not a valid id (use lowercase "
             "letters, digits and single hyphens, e.g. 2024-05-01-strike-begins)"],
        ),
        (
            "sources.yaml", "language: nl", "language: Dutch",
            ["data/sources.yaml:6: source nu-2022-01-06-onrust: language: 'Dutch' is not a two-letter language code "
             "(en, ru, kk, nl, ...)"],
        ),
        (
            "reactions.yaml", "summary: Urged restraint.", "summary: Urged restraint.\n  quote: Stop",
            ["data/reactions.yaml:1: reaction 2022-01-06-un: quote_language: a quote needs its language (en, ru, ...)"],
        ),
        (
            "events.yaml", "sources: [nu-2022-01-06-onrust]", "sources: []",
            ["data/events.yaml:7: event 2022-01-06-clashes: sources: needs at least one entry"],
        ),
        (
            "deployments.yaml", "troops: 3000", "troops: '3000'",
            ["data/deployments.yaml:3: deployment csto-russia: troops: '3000' is not a whole number (write digits only, e.g. 225)"],
        ),
    ],
)  # fmt: skip
def test_each_error_class_is_one_clear_line(data_dir, file, old, new, expected):
    assert problems(data_dir, file, old, new) == expected


def test_duplicate_id(data_dir):
    events = data_dir / "events.yaml"
    events.write_text(events.read_text() * 2, encoding="utf-8")
    with pytest.raises(DataErrors) as caught:
        load(data_dir)
    assert [str(e) for e in caught.value.errors] == [
        "data/events.yaml:8: event 2022-01-06-clashes: id: this id is already used on line 1; ids must be unique"
    ]


def test_range_needs_both_ends(data_dir):
    assert problems(data_dir, "figures.yaml", "value: 2300", "high: 2000") == [
        "data/figures.yaml:1: figure detained-2022-01-06: low: a range needs low (and high, unless the report says 'at least' or 'more than')"
    ]


def test_withdrawn_figure_needs_a_reason(data_dir):
    assert problems(data_dir, "figures.yaml", "status: reported", "status: withdrawn") == [
        "data/figures.yaml:1: figure detained-2022-01-06: note: a withdrawn figure needs a note saying who withdrew it and why"
    ]


def test_every_error_in_every_file_is_reported_at_once(data_dir):
    (data_dir / "places.yaml").write_text("\tbroken", encoding="utf-8")
    (data_dir / "reactions.yaml").unlink()
    with pytest.raises(DataErrors) as caught:
        load(data_dir)
    report = caught.value.report()
    assert "data/places.yaml:1: column 1: a tab is used for indentation" in report
    assert "data/reactions.yaml:0: the file is missing (it holds the reaction records)" in report
    # The places file is the cause: what names a place is counted once, not reported event by event.
    assert "unknown place id" not in report
    assert "data/places.yaml:0: the records that name places in this file (1) could not be checked" in report
    assert report.endswith("The data has 3 problems; nothing was built. Fix the lines above and build again.")


def test_a_broken_place_is_reported_once_not_where_it_is_used(data_dir):
    figures = data_dir / "figures.yaml"
    figures.write_text(
        figures.read_text(encoding="utf-8").replace("  status:", "  scope: almaty\n  status:"), encoding="utf-8"
    )
    assert problems(data_dir, "places.yaml", "lat: 43.24", "lat: 143.24") == [
        "data/places.yaml:4: place almaty: lat: must be at most 90"
    ]


def test_optional_kinds_may_be_left_out(data_dir):
    for name in ("background.yaml", "deployments.yaml"):
        (data_dir / name).unlink()
    dataset = load(data_dir)
    assert dataset.background == [] and dataset.deployments == []


def test_a_measure_the_story_does_not_declare_is_refused(data_dir):
    assert problems(data_dir, "figures.yaml", "measure: detained", "measure: detainees") == [
        "data/figures.yaml:2: figure detained-2022-01-06: measure: 'detainees' is not allowed; use one of: deaths, "
        "detained (did you mean 'detained'?)"
    ]


BROKEN_FILES = {
    "a syntax error": ("text", "- id: [unclosed\n"),
    "an empty file": ("text", ""),
    "a missing file": ("missing", None),
    "not UTF-8": ("bytes", "- id: caf\xe9\n".encode("latin-1")),
    "a YAML tag": ("text", "- !!python/object:os.system\n  id: x\n"),
    "an alias": ("text", "- &a\n  id: x\n- *a\n"),
}


@pytest.mark.parametrize("file", ["sources.yaml", "places.yaml"])
@pytest.mark.parametrize("how", list(BROKEN_FILES))
def test_a_file_that_cannot_be_read_is_reported_once_and_first(data_dir, file, how):
    way, content = BROKEN_FILES[how]
    path = data_dir / file
    if way == "missing":
        path.unlink()
    elif way == "bytes":
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(DataErrors) as caught:
        load(data_dir)
    lines = [str(error) for error in caught.value.errors]
    assert lines[0].startswith(f"data/{file}:") and " record" not in lines[0].split(": ", 1)[0], lines
    # Nothing that points into the broken file is reported record by record; it is counted once.
    assert not any("unknown source id" in line or "unknown place id" in line for line in lines), lines
    counted = [line for line in lines if "could not be checked until it is fixed" in line]
    assert len(counted) == 1 and counted[0].startswith(f"data/{file}:0: "), lines
    assert len(lines) == 2, lines
