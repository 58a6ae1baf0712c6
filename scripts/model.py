"""The rules for every kind of record, and for the story's own shape: the only place a data rule lives.

A story (data/story.yaml) declares its window, vocabularies, measures, charts and words; the record
models are built from it by `record_models`, so the engine itself names no story's categories.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    ValidationInfo,
    WithJsonSchema,
    create_model,
    model_validator,
)

FIGURE_STATUSES = ("reported", "superseded", "withdrawn", "final")
# What kind of publisher a source is, and who reported a figure: the same closed lists for every story.
SOURCE_TYPES = (
    "government", "state-media", "independent-media", "public-media", "wire", "rights-group",
    "international-body", "research",
)  # fmt: skip
# Source types that count as primary or major outlets: a headline figure should rest on one.
PRIMARY_SOURCE_TYPES = ("government", "wire", "public-media", "rights-group", "international-body")
REPORTER_TYPES = ("authorities", "rights-group", "media", "international-body")
# How a figure was arrived at: a count as stated, an approximation, a running sum added up by a
# news agency, or our own reading of a vague word ("dozens") as a number.
BASES = ("count", "estimate", "sum", "reading")
# The pages the engine can generate, by name; data/story.yaml says which a story has.
PAGE_NAMES = ("index", "background", "timeline", "casualties", "reactions", "sources", "data")

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?$")
_RAW_HTML = re.compile(r"<\s*[a-zA-Z!/?]|&#|javascript:", re.IGNORECASE)
_MARKDOWN_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)")
_UTC_OFFSET = re.compile(r"^[+-](0\d|1[0-4]):[0-5]\d$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_DATA_PATH = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_./-]*\.geojson$")


def _slug(value: str) -> str:
    if not _SLUG.match(value):
        raise ValueError(
            f"'{value}' is not a valid id (use lowercase letters, digits and single hyphens, "
            "e.g. 2024-05-01-strike-begins)"
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
    from urllib.parse import urlsplit

    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not any(c.isspace() for c in value)


def _web_url(value: str) -> str:
    if not _is_web_url(value):
        raise ValueError(f"'{value}' is not a web address; links must start with https:// or http://")
    return value


def _moment(value: Any, info: ValidationInfo) -> date | datetime:
    """A date (2024-05-01) or a date-time with its zone (2024-05-01T10:30:00+05:00).

    The story's window comes in the validation context: a date outside it is almost always a typo
    (2204 for 2024).
    """
    context = info.context or {}
    if isinstance(value, datetime | date):
        value = value.isoformat()
    if not isinstance(value, str):
        raise ValueError(f"'{value}' is not a date; write it as YYYY-MM-DD")
    text = value.strip()
    if _DATE.match(text):
        try:
            moment: date | datetime = date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"'{text}' is not a real date (check the month and day)") from None
    elif _DATETIME.match(text):
        if not (text.endswith("Z") or re.search(r"[+-]\d{2}:\d{2}$", text)):
            example = context.get("offset_example", "+00:00")
            raise ValueError(f"'{text}' has a time but no time zone; add the place's UTC offset, e.g. {text}{example}")
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"'{text}' is not a real date and time (check the month, day and hour)") from None
    else:
        raise ValueError(f"'{text}' is not a date; write YYYY-MM-DD, or YYYY-MM-DDTHH:MM+05:00 with a time")
    window = context.get("window")
    day = moment.date() if isinstance(moment, datetime) else moment
    if window is not None and not window.start <= day <= window.end:
        raise ValueError(
            f"{day.isoformat()} is outside the story's range ({window.start.isoformat()} to "
            f"{window.end.isoformat()}, set in data/story.yaml); is the year right?"
        )
    return moment


def _plain_date(value: Any) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _DATE.match(value.strip()):
        raise ValueError(f"'{value}' is not a date; write it as YYYY-MM-DD")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"'{value}' is not a real date (check the month and day)") from None


def _language(value: str) -> str:
    if not _LANGUAGE.match(value):
        raise ValueError(f"'{value}' is not a two-letter language code (en, ru, kk, nl, ...)")
    return value


def _utc_offset(value: str) -> str:
    if not _UTC_OFFSET.match(value):
        raise ValueError(f"'{value}' is not a UTC offset; write it as +06:00 or -03:30")
    return value


def _colour(value: str) -> str:
    if not _COLOUR.match(value):
        raise ValueError(f"'{value}' is not a colour; write it as # and six hex digits, e.g. #0b5fa5")
    return value.lower()


def _data_path(value: str) -> str:
    if not _DATA_PATH.match(value) or ".." in value.split("/"):
        raise ValueError(f"'{value}' is not a GeoJSON file inside the data folder (e.g. geo/country.geojson)")
    return value


@dataclass(frozen=True)
class Translated:
    """Marks a text readers see. A story with editions in other languages gives each its own text
    beside the story's: `title_nl` next to `title` (see scripts/translations.py). `required=False`:
    the edition's text is given only where that edition needs one (a quote's translation)."""

    required: bool = True

    def __get_pydantic_json_schema__(self, core_schema, handler):
        schema = handler(core_schema)
        schema[TRANSLATED_SCHEMA_KEY] = True  # scripts/schema.py adds each edition's field beside it
        return schema


TRANSLATED_SCHEMA_KEY = "x-translated"
TRANSLATED = Translated()

Id = Annotated[str, AfterValidator(_slug)]
Text = Annotated[str, AfterValidator(_no_html)]
InlineMarkdown = Annotated[str, AfterValidator(_inline_markdown)]
Prose = Annotated[Text, TRANSLATED]  # reader-facing plain text: translated per edition
ProseMarkdown = Annotated[InlineMarkdown, TRANSLATED]
WebUrl = Annotated[str, AfterValidator(_web_url), WithJsonSchema({"type": "string", "pattern": "^https?://"})]
Moment = Annotated[
    date | datetime,
    PlainValidator(_moment),
    WithJsonSchema(
        {
            "type": "string",
            "description": "YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS+05:00 with the place's UTC offset",
            "pattern": r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?$",
        }
    ),
]
PlainDate = Annotated[
    date, PlainValidator(_plain_date), WithJsonSchema({"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"})
]
Language = Annotated[str, AfterValidator(_language)]
Colour = Annotated[str, AfterValidator(_colour), WithJsonSchema({"type": "string", "pattern": "^#[0-9a-fA-F]{6}$"})]
DataPath = Annotated[str, AfterValidator(_data_path)]
SourceIds = Annotated[list[Id], Field(min_length=1, description="One or more source ids from sources.yaml")]
Count = Annotated[int, Field(ge=0, strict=True)]


# ---------------------------------------------------------------- the story's shape (data/story.yaml)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Term(Strict):
    """One entry of a vocabulary: the id records use, the label readers see."""

    id: Id
    label: Prose


class Category(Term):
    colour: Colour = Field(description="The category's badge colour; white text on it needs 4.5:1 contrast")


class Measure(Term):
    definition: Prose = Field(description="What exactly is counted, in a sentence readers see")
    unit: Prose = Field(description="What one counts, e.g. people")


class Window(Strict):
    start: PlainDate
    end: PlainDate

    @model_validator(mode="after")
    def _ordered(self) -> Window:
        if self.end < self.start:
            raise ValueError("end: the end is before the start")
        return self


class Period(Strict):
    id: Id = Field(description="The anchor of this part of the timeline")
    label: Prose


class Focus(Window):
    """The weeks that matter most: the timeline lists them day by day, with a jump index."""

    id: Id
    label: Prose
    before: Period
    after: Period


class DeploymentsFigure(Strict):
    label: Prose
    sum_note: Prose = Field(description="Said when no whole-force count exists: '{countries}' is replaced")


class KeyFigures(Strict):
    measures: list[Id] = Field(default_factory=list, description="Measure ids whose headline figure opens the site")
    deployments: DeploymentsFigure | None = None


def _placeholders(template: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}
    except ValueError:
        raise ValueError("has an unmatched { or }; placeholders are written {name}") from None


class ChartBase(Strict):
    """A chart: an id (its file names and anchor), a kind the engine offers, and its words."""

    placeholders: ClassVar[tuple[str, ...]] = ()
    needs_labels: ClassVar[tuple[str, ...]] = ()

    id: Id
    title: Prose
    subtitle: Prose
    description: Prose = Field(description="The chart's point in a sentence; {placeholders} are filled from the data")
    labels: Annotated[dict[str, Text], TRANSLATED] = Field(
        default_factory=dict, description="Axis, legend and column words (labels_<language>: all of them again)"
    )

    @model_validator(mode="after")
    def _words_fit_the_kind(self) -> ChartBase:
        unknown = sorted(_placeholders(self.description) - set(self.placeholders))
        if unknown:
            offered = ", ".join(f"{{{name}}}" for name in self.placeholders) or "none"
            raise ValueError(f"description: unknown placeholder {{{unknown[0]}}}; this chart kind offers: {offered}")
        missing = [name for name in self.needs_labels if name not in self.labels]
        if missing:
            raise ValueError(f"labels: missing '{missing[0]}' (this chart kind needs: {', '.join(self.needs_labels)})")
        return self


class LedgerChart(ChartBase):
    """Figures of one or more measures over time, as reported: the casualty ledger as a step chart."""

    placeholders: ClassVar = ("first", "first_date", "last", "last_by", "last_date", "peak", "peak_date", "peak_by")
    needs_labels: ClassVar = ("y", "y_high")

    kind: Literal["ledger"]
    measures: Annotated[list[Id], Field(min_length=1)]


class PerDayChart(ChartBase):
    """Records per day, stacked by a vocabulary: events by category, reactions by kind of actor."""

    placeholders: ClassVar = ("busiest", "count", "total", "first", "last", "later")
    needs_labels: ClassVar = ("x", "y", "group")

    kind: Literal["per-day"]
    records: Literal["events", "reactions"]
    start: PlainDate
    end: PlainDate


class MapName(Strict):
    text: Prose
    lon: Annotated[float, Field(ge=-180, le=180)]
    lat: Annotated[float, Field(ge=-90, le=90)]


class PlaceMapChart(ChartBase):
    """Places on a map from the story's own outline, sized by their number of timeline events."""

    placeholders: ClassVar = ("top", "top_count", "places")
    needs_labels: ClassVar = ("place", "region", "events")

    kind: Literal["place-map"]
    geometry: DataPath = Field(description="A GeoJSON outline in the data folder, e.g. geo/country.geojson")
    context: DataPath | None = Field(default=None, description="Neighbouring countries, drawn lighter around it")
    leave_out: list[Id] = Field(default_factory=list, description="Place ids with no point (country-wide)")
    count_categories: list[Id] = Field(
        default_factory=list, description="Size circles by events of these categories only (all when empty)"
    )
    names: list[MapName] = Field(default_factory=list, description="Seas, rivers or regions named on the map")


class ValueSeriesChart(ChartBase):
    """Numeric background facts in date order, as bars: a price before and after, say."""

    placeholders: ClassVar = ("first", "peak", "last")
    needs_labels: ClassVar = ("label", "value")

    kind: Literal["value-series"]
    facts: Annotated[list[Id], Field(min_length=1, description="Background fact ids with a number as value")]


class CountsByChart(ChartBase):
    """Records counted by one vocabulary, as bars, each split by a second: reactions by stance and actor."""

    placeholders: ClassVar = ("top", "top_count", "total")
    needs_labels: ClassVar = ("count", "by", "split")

    kind: Literal["counts-by"]
    records: Literal["events", "reactions"]
    by: Literal["category", "place", "stance", "actor_type"]
    split: Literal["category", "place", "stance", "actor_type"]


class LatestByCountryChart(ChartBase):
    """The latest reported deployment per country, as bars; whole-force counts are left out."""

    placeholders: ClassVar = ("largest", "largest_troops", "total", "whole_force", "whole_force_by")
    needs_labels: ClassVar = ("country", "troops", "date", "reported_by")

    kind: Literal["latest-by-country"]


Chart = Annotated[
    LedgerChart | PerDayChart | PlaceMapChart | ValueSeriesChart | CountsByChart | LatestByCountryChart,
    Field(discriminator="kind"),
]


class PagePlan(Strict):
    charts: list[Id] = Field(default_factory=list, description="Chart ids, in the order the page shows them")
    anchor: Id | None = Field(default=None, description="Anchor of the page's own section (deployments)")
    per_page: Annotated[int, Field(ge=1)] | None = Field(
        default=None,
        description="Records per part once a long page is split: timeline events (default 500), sources (1,000), "
        "reactions (500) or casualty figures (500); see README",
    )


class Credits(Strict):
    made_by: Prose = Field(description="Who made the site, as the footer names them")
    contact: Prose | None = Field(default=None, description="How to send a correction (an address or a sentence)")


class Release(Strict):
    """One citable version of the story's data: what a citation names."""

    version: Annotated[str, Field(pattern=r"^\d{4}\.\d{1,2}\.\d+$", description="year.month.n, e.g. 2026.12.0")]
    date: PlainDate
    changes: Prose = Field(description="What changed in this version, in a sentence readers see")

    @property
    def anchor(self) -> str:
        """The anchor of this version's row on the data page: version-2026-12-0."""
        return "version-" + self.version.replace(".", "-")


class Story(Strict):
    """What is particular to one story; everything else is the engine's."""

    id: Id = Field(description="The story's short name: the open-data package is named after it")
    title: Prose
    description: Prose
    standfirst: Prose = Field(description="The sentence or two under the home page's headline")
    published: PlainDate = Field(description="When the site was first published")
    credits: Credits
    language: Language = Field(description="The story's language: the engine's word table scripts/locale/<it>.yaml")
    editions: list[Language] = Field(
        default_factory=list,
        description="Other languages the site is also built in, each at /<language>/; every text readers see "
        "then needs its translation beside it (title_nl next to title)",
    )
    window: Window = Field(description="Every date in the data falls inside it; one outside is reported as a typo")
    focus: Focus
    categories: Annotated[list[Category], Field(min_length=1)]
    measures: Annotated[list[Measure], Field(min_length=1)]
    actor_types: Annotated[list[Term], Field(min_length=1)]
    stances: Annotated[list[Term], Field(min_length=1)]
    key_figures: KeyFigures = Field(default_factory=KeyFigures)
    major_outlets: list[Text] = Field(
        default_factory=list,
        description="Publishers (name as it starts) counted as major outlets beside wires, public media, "
        "the authorities' own sites, rights groups and international bodies",
    )
    charts: list[Chart] = Field(default_factory=list)
    pages: dict[Literal[PAGE_NAMES], PagePlan]
    words: Annotated[dict[str, Any], TRANSLATED] = Field(
        default_factory=dict, description="The story's words, over the engine's table (words_<language>: all again)"
    )
    releases: list[Release] = Field(
        default_factory=list, description="The data's citable versions, oldest first; the last is the current one"
    )

    @model_validator(mode="after")
    def _names_resolve(self) -> Story:
        for vocabulary in ("categories", "measures", "actor_types", "stances", "charts"):
            seen = set()
            for term in getattr(self, vocabulary):
                if term.id in seen:
                    raise ValueError(f"{vocabulary}: the id '{term.id}' is given twice; ids must be unique")
                seen.add(term.id)
        measures, charts = {m.id for m in self.measures}, {c.id for c in self.charts}
        for measure in self.key_figures.measures:
            if measure not in measures:
                raise ValueError(f"key_figures.measures: unknown measure '{measure}'{_hint(measure, measures)}")
        for position, chart in enumerate(self.charts):
            for measure in getattr(chart, "measures", []):
                if measure not in measures:
                    hint = _hint(measure, measures)
                    raise ValueError(f"charts.{position}.measures: unknown measure '{measure}'{hint}")
        categories = {c.id for c in self.categories}
        for position, chart in enumerate(self.charts):
            for category in getattr(chart, "count_categories", []):
                if category not in categories:
                    hint = _hint(category, categories)
                    raise ValueError(f"charts.{position}.count_categories: unknown category '{category}'{hint}")
        for page, plan in self.pages.items():
            for chart in plan.charts:
                if chart not in charts:
                    raise ValueError(f"pages.{page}.charts: unknown chart id '{chart}'{_hint(chart, charts)}")
        _check_words(self.words, "words")
        if self.language in self.editions or len(set(self.editions)) != len(self.editions):
            raise ValueError(
                f"editions: list each other language once, without the story's own ('{self.language}')"
            )
        for earlier, later in zip(self.releases, self.releases[1:], strict=False):
            if later.date < earlier.date or later.version == earlier.version:
                raise ValueError(
                    f"releases: {later.version} should come after {earlier.version}, with a later or equal date; "
                    "list the versions oldest first, each once"
                )
        return self

    @property
    def release(self) -> Release | None:
        """The current version of the data, or None before the first release."""
        return self.releases[-1] if self.releases else None

    def ids(self, vocabulary: str) -> tuple[str, ...]:
        return tuple(term.id for term in getattr(self, vocabulary))

    def chart(self, chart_id: str):
        return next(chart for chart in self.charts if chart.id == chart_id)

    @property
    def deployments_anchor(self) -> str:
        """The background page's anchor for the deployments table (and the troops key figure's link)."""
        plan = self.pages.get("background")
        return (plan.anchor if plan else None) or "deployments"


def _hint(word: str, choices) -> str:
    from scripts.errors import did_you_mean

    return did_you_mean(word, choices)


def _check_words(value, where: str) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _check_words(item, f"{where}.{key}")
    elif isinstance(value, list):
        for item in value:
            _check_words(item, where)
    elif isinstance(value, str):
        if _RAW_HTML.search(value):
            raise ValueError(f"{where}: raw HTML or script is not allowed in words; write plain text")
    else:
        raise ValueError(f"{where}: '{value}' should be text")


# ---------------------------------------------------------------- records


class Record(Strict):
    id: Id


class Source(Record):
    publisher: Text
    title: Text
    url: WebUrl
    published: Moment | None = Field(
        default=None, description="Publication date as the page shows it; leave out when the page shows none"
    )
    language: Language
    type: Literal[SOURCE_TYPES] = Field(description="What kind of publisher this is")
    repost: bool = Field(
        default=False, description="true when this is a copy on another site because the original could not be found"
    )
    archive_url: WebUrl | None = None
    title_from_url: bool = Field(
        default=False, description="true when the headline could not be seen and was read from the page address"
    )
    note: Prose | None = Field(default=None, description="What a reader should know about this source")


class Place(Record):
    name: Prose
    region: Prose
    lat: Annotated[float, Field(ge=-90, le=90)]
    lon: Annotated[float, Field(ge=-180, le=180)]
    utc_offset: Annotated[str, AfterValidator(_utc_offset)] = Field(
        description="The place's UTC offset at the time of the story, e.g. +06:00"
    )
    label_side: Literal["right", "left", "above", "below"] = Field(
        default="right", description="Where the map puts the place's name, so names near each other do not overlap"
    )


DAY_PARTS = ("night", "morning", "afternoon", "evening")


class Event(Record):
    start: Moment
    end: Moment | None = None
    day_part: Literal[DAY_PARTS] | None = Field(
        default=None, description="For an event with no time: the part of the day a source gives"
    )
    after: Id | None = Field(default=None, description="The id of an event the same day that this one follows")
    place: Id
    category: str
    title: Prose
    summary: ProseMarkdown
    key_moment: bool = Field(default=False, description="true for the dozen events the timeline opens with")
    sources: SourceIds

    @model_validator(mode="after")
    def _end_after_start(self) -> Event:
        if self.end is not None and sort_key(self.end) < sort_key(self.start):
            raise ValueError("end: the end is before the start")
        if self.day_part is not None and isinstance(self.start, datetime):
            raise ValueError("day_part: the start already has a time; give day_part only for a date")
        return self


class Figure(Record):
    measure: str
    value: Count | None = None
    low: Count | None = Field(default=None, description="Low end of a range; alone, it means 'at least'")
    high: Count | None = None
    as_of: Moment
    reported_by: Prose
    reporter_type: Literal[REPORTER_TYPES] = Field(description="Who reported the figure")
    basis: Literal[BASES] = Field(default="count", description="count, estimate, sum (by a news agency) or reading")
    scope: Id | None = Field(default=None, description="A place id when the figure covers one place only")
    status: Literal[FIGURE_STATUSES]
    note: Annotated[ProseMarkdown, Field(max_length=500)] | None = Field(
        default=None, description="What a reader needs to know, in plain words (about 50 at most)"
    )
    editor_note: Text | None = Field(default=None, description="Working notes for editors; kept in the data, not shown")
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
    actor: Prose
    actor_type: str
    country_or_org: Prose
    date: Moment
    stance: str
    summary: ProseMarkdown
    quote: Annotated[Text, Field(max_length=300)] | None = Field(
        default=None, description="The words as said, in their language"
    )
    quote_language: Language | None = None
    quote_translation: Annotated[Text, Translated(required=False)] | None = Field(
        default=None, description="The quote in the edition's language, when it was said in another"
    )
    sources: SourceIds

    @model_validator(mode="after")
    def _quote_has_language(self, info: ValidationInfo) -> Reaction:
        if self.quote and not self.quote_language:
            raise ValueError("quote_language: a quote needs its language (en, ru, ...)")
        context = info.context or {}
        language = context.get("language")
        if self.quote and language and self.quote_language != language and not self.quote_translation:
            key = "quote_translation" + context.get("text_suffix", "")
            raise ValueError(
                f"{key}: the quote is in '{self.quote_language}'; add {key} with its translation into "
                f"'{language}' (the quote itself stays as it was said)"
            )
        return self


class BackgroundFact(Record):
    label: Prose
    value: float | int | Prose
    unit: Prose | None = None
    as_of: Moment
    note: ProseMarkdown | None = None
    sources: SourceIds


class Deployment(Record):
    country: Prose
    troops: Count
    date: Moment
    reported_by: Prose | None = None
    whole_contingent: bool = Field(
        default=False, description="true when troops counts the whole force, not one country's contingent"
    )
    note: ProseMarkdown | None = None
    editor_note: Text | None = Field(default=None, description="Working notes for editors; kept in the data, not shown")
    sources: SourceIds


class OpenQuestion(Record):
    """Something a careful reader should know is still unknown or disputed, with the records behind it."""

    question: Prose
    summary: ProseMarkdown
    records: Annotated[list[Id], Field(min_length=1, description="The records that show the dispute")]
    on_home: bool = Field(default=False, description="true to show it on the home page too")
    sources: SourceIds


class Correction(Record):
    date: Moment
    record: Id | None = Field(default=None, description="The id of the corrected record, if any")
    summary: ProseMarkdown


def record_models(story: Story) -> SimpleNamespace:
    """The record models of one story: each vocabulary field accepts exactly the story's ids."""

    def vocabulary(name: str):
        return (Literal[story.ids(name)], ...)

    return SimpleNamespace(
        Source=Source,
        Place=Place,
        Event=create_model("Event", __base__=Event, category=vocabulary("categories")),
        Figure=create_model("Figure", __base__=Figure, measure=vocabulary("measures")),
        Reaction=create_model(
            "Reaction", __base__=Reaction, actor_type=vocabulary("actor_types"), stance=vocabulary("stances")
        ),
        BackgroundFact=BackgroundFact,
        Deployment=Deployment,
        OpenQuestion=OpenQuestion,
        Correction=Correction,
    )


def sort_key(moment: date | datetime) -> tuple:
    """Order dates and zoned times together: a bare date sorts at the start of its day."""
    if isinstance(moment, datetime):
        return (moment.date(), 1, moment.astimezone(UTC).isoformat())
    return (moment, 0, "")


def day_of(moment: date | datetime) -> date:
    """The local calendar day of a date or a zoned time."""
    return moment.date() if isinstance(moment, datetime) else moment
