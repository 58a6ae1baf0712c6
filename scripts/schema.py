"""JSON Schema per data file, from the models of one story, so editors get completion and red underlines."""

from __future__ import annotations

import json

from pydantic import TypeAdapter

from scripts import model
from scripts.kinds import KINDS, STORY_FILE
from scripts.translations import FALLBACK_KEY


def _document(schema: dict, story_id: str, file: str, description: str) -> str:
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"{story_id}: data/{file}",
        "description": description,
        **schema,
    }
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def with_editions(schema, languages: list[str]):
    """Beside every translated field (title), the same field for each edition (title_nl), and the
    list of fields an edition shows untranslated (untranslated_nl)."""
    if isinstance(schema, dict):
        properties = schema.get("properties")
        if isinstance(properties, dict) and languages:
            added = {}
            for name, field in properties.items():
                if _translated(field):
                    added.update({f"{name}_{language}": _plain(field) for language in languages})
            if added:
                added.update({f"{FALLBACK_KEY}{language}": {"type": "array", "items": {"type": "string"}}
                              for language in languages})  # fmt: skip
            properties.update(added)
        for value in schema.values():
            with_editions(value, languages)
    elif isinstance(schema, list):
        for item in schema:
            with_editions(item, languages)
    return schema


def _translated(field) -> bool:
    if not isinstance(field, dict):
        return False
    return bool(field.get(model.TRANSLATED_SCHEMA_KEY)) or any(_translated(item) for item in field.get("anyOf", []))


def _plain(field: dict) -> dict:
    return {key: value for key, value in field.items() if key not in ("default", "title")}


def schemas(story: model.Story) -> dict[str, str]:
    """{'events.schema.json': text, ...}: the story file, then a list of records per kind."""
    models = model.record_models(story)
    result = {
        "story.schema.json": _document(
            with_editions(model.Story.model_json_schema(), story.editions), story.id, STORY_FILE,
            "The story's shape: window, vocabularies, charts.",
        )
    }
    for kind in KINDS:
        schema = with_editions(TypeAdapter(list[getattr(models, kind.model_name)]).json_schema(), story.editions)
        name = kind.file.replace(".yaml", ".schema.json")
        result[name] = _document(schema, story.id, kind.file, f"A list of {kind.name} records.")
    return result
