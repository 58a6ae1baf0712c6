"""The data folder -> the story and its validated records, or every editor-readable error at once.

The story file (story.yaml) is read first: its vocabularies and window decide what a valid record
is, so while it is broken only its own problems are reported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from pydantic import ValidationError

from scripts import model
from scripts.errors import DataError, DataErrors
from scripts.kinds import KINDS, STORY_FILE, Kind
from scripts.pydantic_messages import describe, describe_nested
from scripts.references import check_references, check_story_references
from scripts.translations import Untranslated, in_edition
from scripts.yaml_source import Located, read_document, read_records


@dataclass
class Dataset:
    """The story, every validated record by kind in file order, and the map outlines it names.

    Texts are in `language`: the story's own, or one of its editions' (scripts/translations.py)."""

    story: model.Story
    language: str = ""
    sources: list[model.Source] = field(default_factory=list)
    places: list[model.Place] = field(default_factory=list)
    events: list[model.Event] = field(default_factory=list)
    figures: list[model.Figure] = field(default_factory=list)
    reactions: list[model.Reaction] = field(default_factory=list)
    background: list[model.BackgroundFact] = field(default_factory=list)
    deployments: list[model.Deployment] = field(default_factory=list)
    unknowns: list[model.OpenQuestion] = field(default_factory=list)
    corrections: list[model.Correction] = field(default_factory=list)
    geometry: dict[str, dict] = field(default_factory=dict)  # path in the data folder -> GeoJSON

    def by_kind(self, kind: Kind) -> list:
        return getattr(self, kind.resource)

    @cached_property
    def sources_by_id(self) -> dict[str, model.Source]:
        return {source.id: source for source in self.sources}

    @cached_property
    def places_by_id(self) -> dict[str, model.Place]:
        return {place.id: place for place in self.places}


def load(data_dir: Path, language: str | None = None) -> Dataset:
    """Load and validate data_dir, its texts in `language` (by default the story's own); raise
    DataErrors listing every problem found."""
    story, story_lines = load_story(data_dir, language)
    language = language or story.language
    dataset, errors = Dataset(story=story, language=language), []
    models = model.record_models(story)
    suffix = "" if language == story.language else f"_{language}"
    context = {"window": story.window, "language": language, "text_suffix": suffix}
    locations: dict[str, list[tuple[model.Record, Located]]] = {}
    invalid_ids: set[str] = set()  # records with their own errors: references to them are not errors too
    unreadable: set[str] = set()  # files that could not be read: what points into them is not checked
    for kind in KINDS:
        display = f"data/{kind.file}"
        path = data_dir / kind.file
        if not path.exists():
            if kind.required:
                errors.append(DataError(display, 0, message=f"the file is missing (it holds the {kind.name} records)",
                                        cause=True))  # fmt: skip
                unreadable.add(kind.file)
            continue
        located_records, file_errors = read_records(path, display)
        errors += file_errors
        if file_errors:
            unreadable.add(kind.file)
        if kind.file == "places.yaml":
            context["offset_example"] = _offset_example(located_records)
        validated = []
        for located in located_records:
            record_model = getattr(models, kind.model_name)
            record, record_errors = _validate(kind, record_model, located, display, context, story, language)
            errors += record_errors
            if record is not None:
                validated.append((record, located))
            else:
                invalid_ids.add(str(located.data.get("id", "")))
        errors += _duplicate_ids(kind, validated, display)
        dataset.by_kind(kind).extend(record for record, _ in validated)
        locations[kind.file] = validated
    errors += check_references(dataset, locations, invalid_ids, unreadable)
    errors += check_story_references(
        story, lambda path: _nearest_line(story_lines, path), dataset, invalid_ids, unreadable
    )
    geometry, geometry_errors = _load_geometry(data_dir, story)
    dataset.geometry = geometry
    errors += geometry_errors
    if errors:
        raise DataErrors(errors)
    return dataset


def load_editions(data_dir: Path) -> list[Dataset]:
    """The data in the story's own language, then in each of its other editions' (every one validated)."""
    own = load(data_dir)
    return [own, *(load(data_dir, language) for language in own.story.editions)]


def load_story(data_dir: Path, language: str | None = None) -> tuple[model.Story, Located]:
    """The story file, validated (its texts in `language`), with the line of each field; or DataErrors."""
    display = f"data/{STORY_FILE}"
    path = data_dir / STORY_FILE
    if not path.exists():
        raise DataErrors([DataError(display, 0, message="the file is missing (it holds the story's shape and words)")])
    located, errors = read_document(path, display)
    if located is None:
        raise DataErrors(errors)
    raw = located.data
    editions = raw.get("editions") if isinstance(raw.get("editions"), list) else []
    own = raw.get("language") if isinstance(raw.get("language"), str) else ""
    if language and language != own and language not in editions:
        message = f"there is no '{language}' edition: add it to editions (the story is in '{own}')"
        raise DataErrors([DataError(display, _nearest_line(located, "editions"), "story", str(raw.get("id", "")),
                                    "editions", message)])  # fmt: skip
    text = in_edition(raw, model.Story, language or own, own, [str(e) for e in editions])
    if text.problems:
        raise DataErrors(
            [DataError(display, _nearest_line(located, key), "story", str(raw.get("id", "")), key, message)
             for key, message in text.problems]  # fmt: skip
        )
    try:
        story = model.Story.model_validate(text.data)
    except ValidationError as exc:
        raise DataErrors(_story_errors(exc, located, display, language if language != own else None)) from None
    from scripts.words import unknown_story_words  # the engine's word table, to check the story's words

    unknown = unknown_story_words(story, language)
    if unknown:
        raise DataErrors(
            [DataError(display, _nearest_line(located, path_), "story", story.id, path_, message)
             for path_, message in unknown]  # fmt: skip
        )
    return story, located


def _story_errors(exc: ValidationError, located: Located, display: str, language: str | None) -> list[DataError]:
    errors, seen = [], set()
    for problem in exc.errors():
        path, message = describe_nested(problem, model.Story)
        if path in seen:
            continue
        seen.add(path)
        translated = f"{path}_{language}"
        if language and located.field_lines.get(translated):
            path = translated  # the edition's own text is what is wrong
        story_id = str(located.data.get("id", "")) if isinstance(located.data, dict) else ""
        errors.append(
            DataError(display, _nearest_line(located, path), "story", story_id, _readable(path, located.data), message)
        )
    return errors


def _readable(path: str, data) -> str:
    """'charts.2.labels' -> 'charts.deaths-over-time.labels': list items named by their id."""
    parts, node = [], data
    for part in path.split("."):
        if isinstance(node, list) and part.isdigit():
            item = node[int(part)] if int(part) < len(node) else None
            named = isinstance(item, dict) and isinstance(item.get("id"), str)
            parts.append(item["id"] if named else f"entry {int(part) + 1}")
            node = item
        else:
            parts.append(part)
            node = node.get(part) if isinstance(node, dict) else None
    return ".".join(parts)


def _nearest_line(located: Located, path: str) -> int:
    """The line of a dotted path, or of the nearest part of it that the file has."""
    parts = path.split(".")
    while parts:
        line = located.field_lines.get(".".join(parts))
        if line is not None:
            return line
        parts.pop()
    return located.line


def _offset_example(located_records: list[Located]) -> str:
    offsets = [r.data.get("utc_offset") for r in located_records if isinstance(r.data.get("utc_offset"), str)]
    return offsets[0] if offsets else "+00:00"


def _validate(kind: Kind, record_model, located: Located, display: str, context: dict, story, language: str):
    record_id = str(located.data.get("id", ""))
    text = in_edition(located.data, record_model, language, story.language, story.editions)
    if text.problems:
        return None, [DataError(display, located.line_of(key), kind.name, record_id, key, message)
                      for key, message in text.problems]  # fmt: skip
    try:
        record = record_model.model_validate(text.data, context=context)
    except ValidationError as exc:
        errors, described_fields = [], set()
        for problem in exc.errors():
            field_name, message = describe(problem, record_model)
            if field_name in described_fields:
                continue  # a union reports each branch; the first says enough
            described_fields.add(field_name)
            if context["text_suffix"] and f"{field_name}{context['text_suffix']}" in located.data:
                field_name += context["text_suffix"]  # the edition's own text is what is wrong
            errors.append(
                DataError(display, located.line_of(field_name), kind.name, record_id, field_name or "", message)
            )
        return None, errors
    own = story.language
    marked = {name: Untranslated(getattr(record, name), own) for name in text.untranslated if "." not in name}
    return (record.model_copy(update=marked) if marked else record), []


def _duplicate_ids(kind: Kind, validated, display: str) -> list[DataError]:
    first_line: dict[str, int] = {}
    errors = []
    for record, located in validated:
        if record.id in first_line:
            errors.append(
                DataError(
                    display,
                    located.line_of("id"),
                    kind.name,
                    record.id,
                    "id",
                    f"this id is already used on line {first_line[record.id]}; ids must be unique",
                )  # fmt: skip
            )
        else:
            first_line[record.id] = located.line_of("id")
    return errors


def _load_geometry(data_dir: Path, story: model.Story) -> tuple[dict[str, dict], list[DataError]]:
    """Each map outline the story's charts name: a GeoJSON FeatureCollection of polygons."""
    geometry, errors = {}, []
    named = ((chart, getattr(chart, field, None)) for chart in story.charts for field in ("geometry", "context"))
    wanted = [(chart, path) for chart, path in named if path]
    for chart, path in wanted:
        if path in geometry:
            continue
        display = f"data/{path}"
        try:
            parsed = json.loads((data_dir / path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            errors.append(DataError(display, 0, message=f"the map outline named by chart {chart.id} is missing"))
            continue
        except UnicodeDecodeError:
            errors.append(DataError(display, 0, message="the file is not UTF-8 text (save it as UTF-8)"))
            continue
        except json.JSONDecodeError as exc:
            errors.append(DataError(display, exc.lineno, message=f"column {exc.colno}: not valid JSON: {exc.msg}"))
            continue
        problem = _geojson_problem(parsed)
        if problem:
            errors.append(DataError(display, 1, message=problem))
        else:
            geometry[path] = parsed
    return geometry, errors


def _geojson_problem(parsed) -> str | None:
    if not isinstance(parsed, dict) or parsed.get("type") != "FeatureCollection":
        return "the map outline should be a GeoJSON FeatureCollection"
    features = parsed.get("features")
    if not isinstance(features, list) or not features:
        return "the map outline has no features"
    for number, feature in enumerate(features, 1):
        shape = (feature or {}).get("geometry") or {}
        if shape.get("type") not in ("Polygon", "MultiPolygon") or not isinstance(shape.get("coordinates"), list):
            return f"feature {number} of the map outline is not a Polygon or MultiPolygon"
    return None
