"""The reader-facing words of one edition: the engine's table, the story's vocabularies and words over it.

The engine's own words (Sources, as of, Copy link, ...) live in scripts/locale/<language>.yaml; the
story's words (its title, vocabularies, page descriptions) live in its data/story.yaml.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from scripts.errors import did_you_mean
from scripts.yaml_source import SAFE_LOADER

LOCALE_DIR = Path(__file__).parent / "locale"


class Words(dict):
    """A nested dict that reads as attributes in templates: t.timeline.title."""

    def __getattr__(self, name: str):
        try:
            value = self[name]
        except KeyError:
            raise AttributeError(f"no reader-facing word '{name}' in the word table") from None
        return Words(value) if isinstance(value, dict) else value


@cache
def engine_words(language: str) -> dict:
    with open(LOCALE_DIR / f"{language}.yaml", encoding="utf-8") as handle:
        return yaml.load(handle, Loader=SAFE_LOADER)  # 10x faster than yaml.safe_load on these tables


@cache  # asked for every record by the translations: the word tables do not change during a build
def available_languages() -> tuple[str, ...]:
    return tuple(sorted(path.stem for path in LOCALE_DIR.glob("*.yaml")))


def words_for(story) -> Words:
    """The engine's words in the story's language, the story's words over them, its vocabularies."""
    table = _merged(engine_words(story.language), story.words)
    table["story"] = {"title": story.title, "description": story.description}
    table["categories"] = {term.id: term.label for term in story.categories}
    table["measures"] = {term.id: term.label for term in story.measures}
    table["definitions"] = {term.id: term.definition for term in story.measures}
    table["actor_types"] = {term.id: term.label for term in story.actor_types}
    table["stances"] = {term.id: term.label for term in story.stances}
    return Words(table)


def unknown_story_words(story, language: str | None = None) -> list[tuple[str, str]]:
    """(path, message) for each of the story's words the engine's table (in `language`, by default
    the story's) has no place for."""
    for edition in [story.language, *story.editions]:
        if edition not in available_languages():
            field = "language" if edition == story.language else "editions"
            return [(field, f"the engine has no word table for '{edition}' "
                            f"(it has: {', '.join(available_languages())})")]  # fmt: skip
    language = language or story.language
    where = "words" if language == story.language else f"words_{language}"
    return list(_unknown(engine_words(language), story.words, where))


def _unknown(engine: dict, given: dict, where: str):
    for key, value in given.items():
        if key not in engine:
            yield f"{where}.{key}", "the engine has no word by this name" + did_you_mean(key, engine)
        elif isinstance(engine[key], dict) != isinstance(value, dict):
            shape = "a group of words" if isinstance(engine[key], dict) else "one text or list"
            yield f"{where}.{key}", f"should be {shape}"
        elif isinstance(value, dict):
            yield from _unknown(engine[key], value, f"{where}.{key}")


def _merged(base: dict, over: dict) -> dict:
    result = dict(base)
    for key, value in over.items():
        both_groups = isinstance(value, dict) and isinstance(base.get(key), dict)
        result[key] = _merged(base[key], value) if both_groups else value
    return result
