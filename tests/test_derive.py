"""Derived facts, on their own: headline figures, latest counts per country, totals, busiest days."""

from datetime import date

from scripts import derive
from scripts.load import load


def test_headline_is_the_latest_final_figure_else_the_latest_reported(data_dir):
    dataset = load(data_dir)
    figure = dataset.figures[0]
    older_final = figure.model_copy(update={"id": "a", "value": 10, "status": "final"})
    newer_reported = figure.model_copy(update={"id": "b", "value": 99, "as_of": date(2022, 2, 1)})
    city_only = figure.model_copy(update={"id": "c", "value": 500, "status": "final", "scope": "almaty"})
    assert derive.headline_figure([older_final, newer_reported, city_only], "detained").id == "a"
    assert derive.headline_figure([newer_reported], "detained").id == "b"
    assert derive.headline_figure([city_only], "detained") is None
    assert derive.headline_figure([newer_reported], "deaths") is None


def test_latest_per_country_and_the_whole_force(data_dir):
    russia = load(data_dir).deployments[0]
    later = russia.model_copy(update={"id": "r2", "troops": 2000, "date": date(2022, 1, 9)})
    armenia = russia.model_copy(update={"id": "am", "country": "Armenia", "troops": 100})
    whole = russia.model_copy(update={"id": "all", "troops": 2030, "whole_contingent": True})
    national = derive.latest_per_country([russia, later, armenia, whole])
    assert [(d.country, d.troops) for d in national] == [("Russia", 2000), ("Armenia", 100)]
    assert derive.total_troops(national) == 2100
    assert derive.latest_whole_force([russia, whole]).id == "all"
    assert derive.latest_whole_force([russia]) is None


def test_busiest_day_takes_the_later_day_on_a_tie(data_dir):
    event = load(data_dir).events[0]
    events = [event, event.model_copy(update={"start": date(2022, 1, 7)})]
    assert derive.busiest_day(events, lambda e: e.start) == (date(2022, 1, 7), 1)
    assert derive.busiest_day([], lambda e: e.start) == (None, 0)


def test_days_and_windows():
    assert derive.days(date(2022, 1, 30), date(2022, 2, 1)) == [date(2022, 1, 30), date(2022, 1, 31), date(2022, 2, 1)]


def test_the_headline_prefers_a_count_and_the_whole_to_a_part(data_dir):
    figure = load(data_dir).figures[0]
    count = figure.model_copy(update={"id": "count", "value": 9900, "as_of": date(2022, 1, 11)})
    media_sum = figure.model_copy(update={"id": "sum", "value": 12000, "as_of": date(2022, 1, 12), "basis": "sum"})
    part = figure.model_copy(update={"id": "part", "value": 234, "as_of": date(2022, 3, 14)})
    whole = figure.model_copy(update={"id": "whole", "value": 243, "as_of": date(2022, 3, 14)})
    assert derive.headline_figure([count, media_sum], "detained").id == "count"
    assert derive.headline_figure([media_sum], "detained").id == "sum"  # labelled as a sum, but not hidden
    assert derive.headline_figure([part, whole], "detained").id == "whole"


def test_the_official_line_skips_other_reporters_estimates_and_competing_counts(data_dir):
    figure = load(data_dir).figures[0]
    day = date(2022, 1, 9)
    ministry = figure.model_copy(update={"id": "a", "value": 5135, "as_of": day})
    presidency = figure.model_copy(update={"id": "b", "value": 5800, "as_of": day})
    earlier = figure.model_copy(update={"id": "c", "value": 4404, "as_of": date(2022, 1, 8)})
    media = figure.model_copy(update={"id": "d", "value": 6044, "reporter_type": "media"})
    estimate = figure.model_copy(update={"id": "e", "value": 2000, "basis": "estimate"})
    assert derive.official_line([ministry, presidency, earlier, media, estimate]) == {"c"}


def test_a_primary_source_is_the_publisher_s_own_page_of_a_primary_kind(data_dir):
    dataset = load(data_dir)
    dataset.story = dataset.story.model_copy(update={"major_outlets": []})
    source = dataset.sources[0]  # NU.nl, independent media
    assert not derive.is_primary(source, dataset.story)
    assert derive.is_primary(source.model_copy(update={"type": "wire"}), dataset.story)
    assert not derive.is_primary(source.model_copy(update={"type": "wire", "repost": True}), dataset.story)
    assert derive.is_primary(source, dataset.story.model_copy(update={"major_outlets": ["NU"]}))
    assert [f.id for f in derive.figures_needing_primary_source(dataset)] == ["detained-2022-01-06"]
    assert derive.traced(dataset) == []  # so it is neither a headline nor drawn

