"""Numbers, dates, times and figures in a locale: one formatter for templates and charts."""

from datetime import date, datetime, timedelta, timezone

import pytest

from scripts.edition import edition_for
from scripts.load import load


@pytest.fixture
def fmt(data_dir):
    return edition_for(load(data_dir).story).format


def test_numbers_and_dates_in_british_english(fmt):
    assert fmt.number(10000) == "10,000"
    assert fmt.long_date(date(2022, 1, 6)) == "6 January 2022"
    assert fmt.day_heading(date(2022, 1, 6)) == "Thursday 6 January 2022"
    assert fmt.short_date(date(2022, 1, 6)) == "6 Jan"


def test_a_time_keeps_its_zone_and_a_date_has_none(fmt):
    moment = datetime(2022, 1, 5, 1, 30, tzinfo=timezone(timedelta(hours=6)))
    assert fmt.local_time(moment) == "01:30 local time (UTC+06:00)"
    assert fmt.local_time(date(2022, 1, 5)) == ""


def test_figures_exact_at_least_and_ranges(fmt, data_dir):
    figure = load(data_dir).figures[0]
    assert fmt.figure_text(figure) == "2,300"
    assert fmt.figure_text(figure.model_copy(update={"value": None, "low": 20})) == "at least 20"
    assert fmt.figure_text(figure.model_copy(update={"value": None, "low": 20, "high": 99})) == "20–99"


def test_fact_values_keep_years_as_written(fmt):
    assert fmt.fact_value(2018) == 2018 and fmt.fact_value(4353, "people") == "4,353"
    assert fmt.language_name("nl") == "Dutch"
