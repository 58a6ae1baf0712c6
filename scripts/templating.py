"""The Jinja environment that turns records into Markdown pages; data text is always escaped."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from pathlib import Path

import markdown
from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_decimal
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from scripts.model import day_of
from scripts.strings import strings

TEMPLATE_DIR = Path(__file__).parent / "templates"
BYTECODE_DIR = Path(__file__).resolve().parent.parent / ".cache" / "jinja"


@cache
def environment(language: str = "en") -> Environment:
    t = strings(language)
    locale = Locale.parse(t.locale)  # parsed once: babel would parse the name on every call
    BYTECODE_DIR.mkdir(parents=True, exist_ok=True)
    env = Environment(
        bytecode_cache=FileSystemBytecodeCache(str(BYTECODE_DIR)),
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,  # every value from data is escaped unless a filter marks it safe
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["t"] = t
    env.filters["long_date"] = lambda moment: format_date(day_of(moment), "long", locale=locale)
    env.filters["day_heading"] = lambda moment: format_date(day_of(moment), "EEEE d MMMM y", locale=locale)
    env.filters["short_date"] = lambda moment: format_date(day_of(moment), "d MMM", locale=locale)
    env.filters["local_time"] = lambda moment: _local_time(moment, t, locale)
    env.filters["iso"] = lambda moment: moment.isoformat()
    number = env.filters["number"] = lambda value: format_decimal(value, locale=locale)
    env.filters["inline_md"] = inline_markdown
    env.filters["figure_text"] = lambda figure: figure_text(figure, t, number)
    # A number with a unit gets thousands separators; a bare one (a year such as 2018) stays as written.
    env.filters["fact_value"] = lambda value, unit=None: (
        number(value) if unit and isinstance(value, int | float) else value
    )
    return env


def render(template: str, language: str = "en", **context) -> str:
    return environment(language).get_template(template).render(**context)


def figure_text(figure, t, number) -> str:
    """225, 20–99, or 'at least 10,000' for a figure; number formats as the page's locale does."""
    if figure.value is not None:
        return number(figure.value)
    if figure.high is None:
        return t.site.at_least.format(number=number(figure.low))
    return f"{number(figure.low)}–{number(figure.high)}"


_MARKDOWN = markdown.Markdown(output_format="html")  # one instance, reset per call: creating one is slow


def inline_markdown(text: str) -> Markup:
    """Inline Markdown from data as HTML: text is escaped first, so only Markdown syntax becomes markup."""
    html = _MARKDOWN.reset().convert(str(escape(text)))
    html = html.removeprefix("<p>").removesuffix("</p>")
    return Markup(html.replace('<a href="http', '<a rel="noopener noreferrer" href="http'))


def _local_time(moment: date | datetime, t, locale: Locale) -> str:
    if not isinstance(moment, datetime):
        return ""
    offset = moment.isoformat()[-6:]
    return f"{format_time(moment, 'HH:mm', locale=locale)} {t.site.local_time} ({t.site.utc}{offset})"
