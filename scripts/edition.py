"""One edition of a story: its language, word table and formatters, built once and passed everywhere."""

from __future__ import annotations

from dataclasses import dataclass

from scripts.formatting import Formatter
from scripts.words import Words, words_for


@dataclass(frozen=True)
class Edition:
    language: str
    words: Words
    format: Formatter


def edition_for(story, language: str | None = None) -> Edition:
    """The edition of `story` in `language` (by default the story's own)."""
    if language is not None and language != story.language:
        story = story.model_copy(update={"language": language})
    words = words_for(story)
    return Edition(language=story.language, words=words, format=Formatter(words.locale, words))
