"""A date axis for charts of reports over time, shared by the ledger and value-series kinds."""

from __future__ import annotations

import json
from datetime import date, timedelta

# The weeks that matter most get this share of the width; later revisions share the rest.
FOCUS_SHARE = 0.7


class TimeAxis:
    """A date axis that gives the story's focus weeks most of the width when later dates follow.

    Dates become positions from 0 to 1 (computed here, so every renderer draws the same break);
    ticks carry labels written by the edition's formatter.
    """

    def __init__(self, days: list[date], focus, fmt):
        self.start = min([*days, focus.start])
        last = max(days)
        self.broken = last > focus.end
        self.focus_end = focus.end if self.broken else last
        if self.broken:
            self.end = last + timedelta(days=max(10, (last - focus.end).days // 20))
        else:  # room on the right for the last marks and their labels
            self.focus_end = last + timedelta(days=max(1, round((last - self.start).days * 0.08)))
            self.end = self.focus_end
        step = max(1, min(7, round((self.focus_end - self.start).days / 5)))
        inside = [self.start + timedelta(days=n) for n in range(0, (self.focus_end - self.start).days + 1, step)]
        span = (self.end - self.focus_end).days
        later = [self.focus_end + timedelta(days=round(span * 0.6))] if self.broken else []
        self.ticks = [(self.position(d), fmt.short_date(d)) for d in inside]
        self.ticks += [(self.position(d), fmt.month_year(d)) for d in later]

    def position(self, day: date) -> float:
        focus_days = max((self.focus_end - self.start).days, 1)
        if not self.broken:
            return round((day - self.start).days / focus_days, 4)
        if day <= self.focus_end:
            return round(FOCUS_SHARE * (day - self.start).days / focus_days, 4)
        later = (day - self.focus_end).days / max((self.end - self.focus_end).days, 1)
        return round(FOCUS_SHARE + (1 - FOCUS_SHARE) * later, 4)

    def label_expression(self) -> str:
        expression = "''"
        for position, label in reversed(self.ticks):
            expression = f"abs(datum.value - {position}) < 0.0001 ? {json.dumps(label)} : {expression}"
        return expression
