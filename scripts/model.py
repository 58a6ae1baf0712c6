"""The rules for every kind of record: the only place a data rule lives."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    WithJsonSchema,
    model_validator,
)

# The story runs from the Zhanaozen shooting (2011) to the trials and reforms after it;
# a date outside this window is almost always a typo (2202 for 2022).
STORY_START = date(2011, 1, 1)
STORY_END = date(2026, 12, 31)

CATEGORIES = (
    "protest", "violence", "security-operation", "government", "internet",
    "international", "legal", "aftermath", "background",
)  # fmt: skip
METRICS = (
    "deaths-total", "deaths-security-forces", "injured", "injured-security-forces",
    "detained", "deaths-in-custody", "torture-complaints",
)  # fmt: skip
FIGURE_STATUSES = ("reported", "superseded", "withdrawn", "final")
ACTOR_TYPES = ("government", "international-body", "rights-group", "other")
STANCES = (
    "supports-authorities", "urges-restraint", "rights-concern",
    "condemns-violence", "critical-of-intervention", "neutral",
)  # fmt: skip

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?$")
_RAW_HTML = re.compile(r"<\s*[a-zA-Z!/?]|&#|javascript:", re.IGNORECASE)
_MARKDOWN_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)")
_UTC_OFFSET = re.compile(r"^[+-](0\d|1[0-4]):[0-5]\d$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")


def _slug(value: str) -> str:
    if not _SLUG.match(value):
        raise ValueError(
            f"'{value}' is not a valid id (use lowercase letters, digits and single hyphens, "
            "e.g. 2022-01-05-airport-seized)"
        )
    return value


def _no_html(value: str) -> str:
    if _RAW_HTML.search(value):
        raise ValueError("raw HTML or script is not allowed here; write plain text (Markdown in summaries)")
    if not value.strip():
        raise ValueError("must not be empty")
    return value


def _inline_markdown(value: str) -> str:
    _no_html(value)
    for target in _MARKDOWN_LINK.findall(value):
        if not (target.startswith("#") or _is_web_url(target)):
            raise ValueError(f"the link '{target}' must start with https:// or http:// (or # for a link on the site)")
    return value


def _is_web_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not any(c.isspace() for c in value)


def _web_url(value: str) -> str:
    if not _is_web_url(value):
        raise ValueError(f"'{value}' is not a web address; links must start with https:// or http://")
    return value


def _moment(value: Any) -> date | datetime:
    """A date (2022-01-05) or a date-time with its zone (2022-01-05T10:30:00+06:00)."""
    if isinstance(value, datetime | date):
        value = value.isoformat()
    if not isinstance(value, str):
        raise ValueError(f"'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2022-01-05")
    text = value.strip()
    if _DATE.match(text):
        try:
            moment: date | datetime = date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"'{text}' is not a real date (check the month and day)") from None
    elif _DATETIME.match(text):
        if not (text.endswith("Z") or re.search(r"[+-]\d{2}:\d{2}$", text)):
            raise ValueError(
                f"'{text}' has a time but no time zone; add it, e.g. {text}+06:00 for Almaty or +05:00 for Mangystau"
            )
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"'{text}' is not a real date and time (check the month, day and hour)") from None
    else:
        raise ValueError(f"'{text}' is not a date; write YYYY-MM-DD, or YYYY-MM-DDTHH:MM+06:00 with a time")
    day = moment.date() if isinstance(moment, datetime) else moment
    if not STORY_START <= day <= STORY_END:
        raise ValueError(
            f"{day.isoformat()} is outside the story's range ({STORY_START.isoformat()} to {STORY_END.isoformat()}); "
            "is the year right?"
        )
    return moment


def _language(value: str) -> str:
    if not _LANGUAGE.match(value):
        raise ValueError(f"'{value}' is not a two-letter language code (en, ru, kk, nl, ...)")
    return value


def _utc_offset(value: str) -> str:
    if not _UTC_OFFSET.match(value):
        raise ValueError(f"'{value}' is not a UTC offset; write it as +06:00 (Almaty) or +05:00 (Mangystau)")
    return value


Id = Annotated[str, AfterValidator(_slug)]
Text = Annotated[str, AfterValidator(_no_html)]
InlineMarkdown = Annotated[str, AfterValidator(_inline_markdown)]
WebUrl = Annotated[str, AfterValidator(_web_url), WithJsonSchema({"type": "string", "pattern": "^https?://"})]
Moment = Annotated[
    date | datetime,
    PlainValidator(_moment),
    WithJsonSchema(
        {
            "type": "string",
            "description": "YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS+06:00 with the local time zone",
            "pattern": r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?$",
        }
    ),
]
Language = Annotated[str, AfterValidator(_language)]
SourceIds = Annotated[list[Id], Field(min_length=1, description="One or more source ids from sources.yaml")]
Count = Annotated[int, Field(ge=0, strict=True)]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    id: Id


class Source(Record):
    publisher: Text
    title: Text
    url: WebUrl
    published: Moment | None = Field(
        default=None, description="Publication date as the page shows it; leave out when the page shows none"
    )
    language: Language
    archive_url: WebUrl | None = None
    title_from_url: bool = Field(
        default=False, description="true when the headline could not be seen and was read from the page address"
    )
    note: Text | None = Field(default=None, description="What a reader should know about this source")


class Place(Record):
    name: Text
    region: Text
    lat: Annotated[float, Field(ge=-90, le=90)]
    lon: Annotated[float, Field(ge=-180, le=180)]
    utc_offset: Annotated[str, AfterValidator(_utc_offset)] = Field(
        description="UTC offset in January 2022, e.g. +06:00"
    )


class Event(Record):
    start: Moment
    end: Moment | None = None
    place: Id
    category: Literal[CATEGORIES]
    title: Text
    summary: InlineMarkdown
    sources: SourceIds

    @model_validator(mode="after")
    def _end_after_start(self) -> Event:
        if self.end is not None and sort_key(self.end) < sort_key(self.start):
            raise ValueError("end: the end is before the start")
        return self


class Figure(Record):
    metric: Literal[METRICS]
    value: Count | None = None
    low: Count | None = Field(default=None, description="Low end of a range; alone, it means 'at least'")
    high: Count | None = None
    as_of: Moment
    reported_by: Text
    scope: Id | None = Field(default=None, description="A place id when the figure covers one place only")
    status: Literal[FIGURE_STATUSES]
    note: InlineMarkdown | None = None
    sources: SourceIds

    @model_validator(mode="after")
    def _value_or_range(self) -> Figure:
        has_range = self.low is not None or self.high is not None
        if self.value is None and not has_range:
            raise ValueError("value: give either value, or low and high for a range")
        if self.value is not None and has_range:
            raise ValueError("value: give either value, or low and high, not both")
        if has_range and self.low is None:
            raise ValueError("low: a range needs low (and high, unless the report says 'at least' or 'more than')")
        if self.high is not None and self.low is not None and self.low > self.high:
            raise ValueError("low: low is larger than high")
        if self.status == "withdrawn" and not self.note:
            raise ValueError("note: a withdrawn figure needs a note saying who withdrew it and why")
        return self


class Reaction(Record):
    actor: Text
    actor_type: Literal[ACTOR_TYPES]
    country_or_org: Text
    date: Moment
    stance: Literal[STANCES]
    summary: InlineMarkdown
    quote: Annotated[Text, Field(max_length=300)] | None = None
    quote_language: Language | None = None
    sources: SourceIds

    @model_validator(mode="after")
    def _quote_has_language(self) -> Reaction:
        if self.quote and not self.quote_language:
            raise ValueError("quote_language: a quote needs its language (en, ru, ...)")
        return self


class BackgroundFact(Record):
    label: Text
    value: float | int | Text
    unit: Text | None = None
    as_of: Moment
    note: InlineMarkdown | None = None
    sources: SourceIds


class Deployment(Record):
    country: Text
    troops: Count
    date: Moment
    reported_by: Text | None = None
    whole_contingent: bool = Field(default=False, description="true when troops counts the whole CSTO force")
    note: InlineMarkdown | None = None
    sources: SourceIds


class Correction(Record):
    date: Moment
    record: Id | None = Field(default=None, description="The id of the corrected record, if any")
    summary: InlineMarkdown


def sort_key(moment: date | datetime) -> tuple:
    """Order dates and zoned times together: a bare date sorts at the start of its day."""
    if isinstance(moment, datetime):
        return (moment.date(), 1, moment.astimezone(UTC).isoformat())
    return (moment, 0, "")


def day_of(moment: date | datetime) -> date:
    """The local calendar day of a date or a zoned time."""
    return moment.date() if isinstance(moment, datetime) else moment
