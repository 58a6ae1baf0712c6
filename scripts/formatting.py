"""Numbers, dates, times and figures in one locale: used by the templates and the charts alike."""

from __future__ import annotations

from datetime import date, datetime

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_decimal

from scripts.model import day_of


class Formatter:
    def __init__(self, locale_name: str, words):
        self.locale = Locale.parse(locale_name)  # parsed once: babel would parse the name on every call
        self.words = words
        self._dates: dict[tuple[str, date], str] = {}  # a story has few days and many records on each

    def _date(self, moment: date | datetime, pattern: str) -> str:
        key = (pattern, day_of(moment))
        if key not in self._dates:
            self._dates[key] = format_date(key[1], pattern, locale=self.locale)
        return self._dates[key]

    def number(self, value) -> str:
        return format_decimal(value, locale=self.locale)

    def long_date(self, moment: date | datetime | None) -> str:
        return self._date(moment, "long") if moment else ""

    def day_heading(self, moment: date | datetime) -> str:
        return self._date(moment, "EEEE d MMMM y")

    def month_year(self, moment: date | datetime) -> str:
        return self._date(moment, "MMM y")

    def short_date(self, moment: date | datetime) -> str:
        return self._date(moment, "d MMM")

    def local_time(self, moment: date | datetime) -> str:
        """'14:00 local time (UTC+06:00)' for a zoned time; '' for a bare date."""
        if not isinstance(moment, datetime):
            return ""
        offset = moment.isoformat()[-6:]
        site = self.words.site
        return f"{format_time(moment, 'HH:mm', locale=self.locale)} {site.local_time} ({site.utc}{offset})"

    @staticmethod
    def iso(moment: date | datetime) -> str:
        return moment.isoformat()

    def at_least(self, low) -> str:
        return self.words.site.at_least.format(number=self.number(low))

    def value_range(self, low, high) -> str:
        return self.words.site.value_range.format(low=self.number(low), high=self.number(high))

    def figure_text(self, figure) -> str:
        """225, 20–99, or 'at least 10,000' for a figure."""
        if figure.value is not None:
            return self.number(figure.value)
        if figure.high is None:
            return self.at_least(figure.low)
        return self.value_range(figure.low, figure.high)

    def fact_value(self, value, unit=None) -> str:
        # A number with a unit gets thousands separators; a bare one (a year such as 2018) stays as written.
        return self.number(value) if unit and isinstance(value, int | float) else value

    def language_name(self, code: str) -> str:
        return Locale.parse(code).get_display_name(self.locale.language) or code
