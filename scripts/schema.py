"""JSON Schema per data file, from the models of one story, so editors get completion and red underlines."""

from __future__ import annotations

import json

from pydantic import TypeAdapter

from scripts import model
from scripts.kinds import KINDS, STORY_FILE


def _document(schema: dict, story_id: str, file: str, description: str) -> str:
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"{story_id}: data/{file}",
        "description": description,
        **schema,
    }
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def schemas(story: model.Story) -> dict[str, str]:
    """{'events.schema.json': text, ...}: the story file, then a list of records per kind."""
    models = model.record_models(story)
    result = {
        "story.schema.json": _document(
            model.Story.model_json_schema(), story.id, STORY_FILE, "The story's shape: window, vocabularies, charts."
        )
    }
    for kind in KINDS:
        schema = TypeAdapter(list[getattr(models, kind.model_name)]).json_schema()
        name = kind.file.replace(".yaml", ".schema.json")
        result[name] = _document(schema, story.id, kind.file, f"A list of {kind.name} records.")
    return result
