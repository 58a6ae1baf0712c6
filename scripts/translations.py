"""A story's texts in each of its editions' languages, read from the same data files.

Editors keep each translation beside the text it translates, so both can be read side by side:

    title: Dockers walk out at the port
    title_nl: Havenarbeiders leggen het werk neer

Which fields are translated is the models' business (the `Translated` mark on a field's type). For
an edition in language L this module turns a record's plain data into the data of that edition
(`title_L` replaces `title`), before the models validate it, so a translation passes every rule the
text it replaces does. A missing translation is an error naming the field to add, unless the record
lists the field under `untranslated_L` (or the story's language): then the story's text is shown,
marked as being in that language.
"""

from __future__ import annotations

import re
import types
import typing
from dataclasses import dataclass, field
from functools import cache

from pydantic import BaseModel

from scripts.model import Translated
from scripts.words import available_languages

FALLBACK_KEY = "untranslated_"  # untranslated_nl: [summary] shows the story's own text in that edition
_LANGUAGE_SUFFIX = re.compile(r"^(.+)_([a-z]{2})$")


class Untranslated(str):
    """A text shown in an edition as the story's own, in `lang`: the page marks it with lang=..."""

    lang: str

    def __new__(cls, value: str, lang: str):
        text = super().__new__(cls, value)
        text.lang = lang
        return text


@dataclass
class EditionText:
    """One record's data in one edition, and what is wrong with its translations."""

    data: dict
    problems: list[tuple[str, str]] = field(default_factory=list)  # (key for the line, message)
    untranslated: list[str] = field(default_factory=list)  # top-level fields shown in the story's language


def in_edition(data: dict, model: type[BaseModel], language: str, story_language: str,
               editions: list[str]) -> EditionText:  # fmt: skip
    """`data` (one record, or the story) as the `language` edition reads it.

    Texts for a language the engine has words for are kept while its edition is switched off
    (they wait for it); a text for any other language is refused as a typo."""
    waiting = [other for other in available_languages() if other not in editions and other != story_language]
    walk = _Walk(language, story_language, known=[*editions, *waiting], built=editions, result=EditionText(data={}))
    walk.result.data = walk.mapping(data, model, "")
    return walk.result


@dataclass
class _Walk:
    """One record's data walked along its model, turned into the `language` edition's."""

    language: str
    story_language: str
    known: list[str]  # the languages whose texts are set aside (the editions and those waiting)
    built: list[str]  # the story's editions, as its errors name them
    result: EditionText

    def mapping(self, data: dict, model, prefix: str) -> dict:
        language, result = self.language, self.result
        translating = language != self.story_language
        suffixes = {f"_{other}" for other in self.known}
        fields = _fields(model)
        fallback = data.get(FALLBACK_KEY + language, []) if translating else []
        if not isinstance(fallback, list):
            problem = "should be a list of field names, e.g. [summary]"
            result.problems.append((prefix + FALLBACK_KEY + language, problem))
            fallback = []
        out = {}
        for key, value in data.items():
            if key.startswith(FALLBACK_KEY) and key.removeprefix(FALLBACK_KEY) in self.known:
                continue
            other = _LANGUAGE_SUFFIX.match(key) if isinstance(key, str) else None
            if other and other[1] in fields and other[2] not in self.known and key not in fields:
                result.problems.append((prefix + key, _no_such_edition(other[1], other[2], self.built)))
                continue
            base = next((key.removesuffix(s) for s in suffixes if key.endswith(s) and key.removesuffix(s) in fields),
                        None)  # fmt: skip
            if base is not None:
                if translating and key == f"{base}_{language}" and base not in data:
                    out[base] = value  # a text only this edition has
                continue
            mark, nested = fields.get(key, (None, ()))
            if translating and mark is not None and isinstance(value, str | list | dict) and value not in ("", [], {}):
                given = f"{key}_{language}"
                if given in data:
                    value = data[given]
                elif key in fallback:
                    result.untranslated.append(prefix + key)
                elif mark.required:
                    result.problems.append((prefix + key, _missing(key, language, self.story_language)))
                else:
                    continue  # an optional translation this edition does not need
            elif nested:
                value = self.nested(value, nested, f"{prefix}{key}.")
            out[key] = value
        return out

    def nested(self, value, models, prefix: str):
        if isinstance(value, dict):
            if "kind" in value and len(models) > 1:  # a union told apart by its kind
                models = [m for m in models if _kind(m) == value["kind"]] or models
            if all(isinstance(key, str) for key in value) and _is_model_mapping(value, models):
                return self.mapping(value, models[0], prefix)
            return {key: self.nested(item, models, f"{prefix}{key}.") for key, item in value.items()}
        if isinstance(value, list):
            return [self.nested(item, models, f"{prefix}{n}.") for n, item in enumerate(value)]
        return value


def _is_model_mapping(value: dict, models) -> bool:
    """A mapping that is one model's fields (not a dict of models keyed by name)."""
    names = set().union(*(m.model_fields for m in models))
    return any(key in names for key in value)


def _kind(model) -> str | None:
    annotation = model.model_fields.get("kind")
    args = typing.get_args(annotation.annotation) if annotation else ()
    return args[0] if args else None


def _no_such_edition(base: str, language: str, editions: list[str]) -> str:
    have = ", ".join(editions) or "none"
    return (
        f"a '{language}' text for {base}, but the story has no '{language}' edition (editions: {have}); "
        f"add {language} to editions in story.yaml, or remove {base}_{language}"
    )


def _missing(key: str, language: str, story_language: str) -> str:
    return (
        f"the '{language}' text is missing: add {key}_{language} beside {key}, or list {key} under "
        f"{FALLBACK_KEY}{language} to show the '{story_language}' text, marked as such"
    )


@cache  # asked for every record: a model's fields are the same for all of them
def _fields(model) -> dict[str, tuple[Translated | None, tuple]]:
    """Each field of a model: its translation mark (or None), and the models nested in it."""
    return {name: (_mark(info), tuple(_models_in(info.annotation))) for name, info in model.model_fields.items()}


def _mark(info) -> Translated | None:
    for item in [*info.metadata, *_metadata(info.annotation)]:
        if isinstance(item, Translated):
            return item
    return None


def _metadata(annotation):
    """Every Annotated extra inside a type: Optional[Annotated[str, ...]] included."""
    if typing.get_origin(annotation) is typing.Annotated:
        yield from annotation.__metadata__
        yield from _metadata(typing.get_args(annotation)[0])
    elif typing.get_origin(annotation) in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            yield from _metadata(arg)


def _models_in(annotation):
    """The models a field's type holds: M, list[M], dict[str, M], M | None, a union of Ms."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
        return
    for arg in typing.get_args(annotation):
        if not isinstance(arg, str | int | float | bool | types.NoneType) or arg is None:
            yield from _models_in(arg)
