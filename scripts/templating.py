"""The Jinja environment of one edition: records into Markdown pages; data text is always escaped."""

from __future__ import annotations

import os
import re
from functools import cached_property
from pathlib import Path

import markdown
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from scripts.paths import cache_dir
from scripts.translations import Untranslated

TEMPLATE_DIR = Path(__file__).parent / "templates"


class Renderer:
    """Renders the templates in scripts/templates/ with one edition's words and formatters."""

    def __init__(self, edition):
        self.edition = edition

    @cached_property
    def environment(self) -> Environment:
        bytecode_dir = cache_dir() / "jinja"
        bytecode_dir.mkdir(parents=True, exist_ok=True)
        env = Environment(
            bytecode_cache=FileSystemBytecodeCache(os.fspath(bytecode_dir)),
            loader=FileSystemLoader(TEMPLATE_DIR),
            autoescape=True,  # every value from data is escaped unless a filter marks it safe
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            finalize=_mark_language,
        )
        fmt = self.edition.format
        env.globals["t"] = self.edition.words
        env.globals["language"] = self.edition.language
        env.globals["most_listed"] = MOST_LISTED_SOURCES
        env.globals["most_rows"] = MOST_TABLE_ROWS
        for name in ("long_date", "day_heading", "short_date", "local_time", "iso", "number", "figure_text",
                     "fact_value", "language_name"):  # fmt: skip
            env.filters[name] = getattr(fmt, name)
        env.filters["inline_md"] = inline_markdown
        return env

    def render(self, template: str, **context) -> str:
        return self.environment.get_template(template).render(**context)


# Past this many, a page names how many sources it cites and points to the Sources page and the
# CSV instead of listing them again (for print, under a chart): a list of thousands helps nobody.
MOST_LISTED_SOURCES = 1000
# Likewise a chart's data table past this many rows: its CSV holds them all, a page cannot.
MOST_TABLE_ROWS = 1000

_MARKDOWN = markdown.Markdown(output_format="html")  # one instance, reset per call: creating one is slow


# What Markdown could turn into markup in escaped text: inline syntax, line breaks, a line that
# opens a heading or list, and edge spaces (which it strips). Text with none of these is the same
# HTML with or without Markdown, so most records skip it (it is most of a large build's templating).
_NEEDS_MARKDOWN = re.compile(r"[\\`*_\[\n\r\t]|^[\s#=]|^[-+]\s|^\d+\.\s|\s$")


def inline_markdown(text: str) -> Markup:
    """Inline Markdown from data as HTML: text is escaped first, so only Markdown syntax becomes markup."""
    if _NEEDS_MARKDOWN.search(text):
        html = _MARKDOWN.reset().convert(str(escape(text)))
        html = html.removeprefix("<p>").removesuffix("</p>")
    else:
        html = str(escape(text))
    return _mark_language(text, Markup(html.replace('<a href="http', '<a rel="noopener noreferrer" href="http')))


def _mark_language(value, html=None):
    """A text an edition shows untranslated, in the story's language, says so to browsers and screen
    readers (lang=...); every other value as it is."""
    if isinstance(value, Untranslated):
        inner = html if html is not None else escape(value)
        return Markup('<span lang="{}">{}</span>').format(value.lang, inner)
    return html if html is not None else value
