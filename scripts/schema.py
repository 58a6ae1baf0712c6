"""JSON Schema per data file, from the models, so editors get completion and red underlines."""

from __future__ import annotations

import json

from pydantic import TypeAdapter

from scripts.kinds import KINDS


def schemas() -> dict[str, str]:
    """{'events.schema.json': text, ...}: each file is a list of its kind of record."""
    result = {}
    for kind in KINDS:
        schema = TypeAdapter(list[kind.model]).json_schema()
        schema = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": f"Bloody January: data/{kind.file}",
            "description": f"A list of {kind.name} records.",
            **schema,
        }
        name = kind.file.replace(".yaml", ".schema.json")
        result[name] = json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    return result
