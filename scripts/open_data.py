"""Every kind of record as CSV, plus a Frictionless Data Package describing them."""

from __future__ import annotations

import csv
import io
import json
import types
import typing
from datetime import date, datetime

from scripts import model
from scripts.kinds import KINDS

FOLDER = "data"
LICENCE = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}


def fields_of(kind) -> dict:
    """The fields of a kind's records, in file order (the same for every story)."""
    return getattr(model, kind.model_name).model_fields


def _frictionless_type(annotation) -> str:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and len(args) == 1:
        return _frictionless_type(args[0])
    if typing.get_origin(annotation) is typing.Annotated:
        return _frictionless_type(args[0])
    return {int: "integer", float: "number", bool: "boolean"}.get(annotation, "string")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def csv_for(kind, records) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    fields = list(fields_of(kind))
    writer.writerow(fields)
    for record in records:
        writer.writerow([_cell(getattr(record, name)) for name in fields])
    return buffer.getvalue().encode("utf-8")


def open_data_files(dataset, edition) -> dict[str, bytes]:
    t = edition.words.open_data
    files, resources = {}, []
    for kind in KINDS:
        name = kind.resource
        files[f"{FOLDER}/{name}.csv"] = csv_for(kind, dataset.by_kind(kind))
        fields = []
        for field_name, info in fields_of(kind).items():
            field_type = (
                "integer" if field_name in ("value", "low", "high", "troops") else _frictionless_type(info.annotation)
            )
            if kind.name == "background fact" and field_name == "value":
                field_type = "string"  # a number or a short text
            fields.append({"name": field_name, "type": field_type, "description": t.fields[field_name]})
        resources.append({
            "name": name, "path": f"{name}.csv", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "description": t.resources[name], "schema": {"fields": fields, "primaryKey": ["id"]},
        })  # fmt: skip
    package = {
        "name": dataset.story.id,
        "title": dataset.story.title,
        **({"version": dataset.story.release.version} if dataset.story.release else {}),
        "description": t.description,
        "licenses": [{**LICENCE, "title": t.licence_title}],
        "sources": [
            {"title": f"{s.publisher}: {s.title}", "path": s.url} for s in sorted(dataset.sources, key=lambda s: s.id)
        ],
        "resources": resources,
    }
    files[f"{FOLDER}/datapackage.json"] = (json.dumps(package, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return files
