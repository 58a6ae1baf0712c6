"""data/*.yaml -> validated models, or every editor-readable error at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from scripts import model
from scripts.errors import DataError, DataErrors
from scripts.kinds import KINDS, Kind
from scripts.pydantic_messages import describe
from scripts.references import check_references
from scripts.yaml_source import Located, read_records


@dataclass
class Dataset:
    """Every validated record, by kind, in file order; plus where each record stands."""

    sources: list[model.Source] = field(default_factory=list)
    places: list[model.Place] = field(default_factory=list)
    events: list[model.Event] = field(default_factory=list)
    figures: list[model.Figure] = field(default_factory=list)
    reactions: list[model.Reaction] = field(default_factory=list)
    background: list[model.BackgroundFact] = field(default_factory=list)
    deployments: list[model.Deployment] = field(default_factory=list)
    corrections: list[model.Correction] = field(default_factory=list)

    def by_kind(self, kind: Kind) -> list:
        return getattr(self, kind.file.removesuffix(".yaml"))


def load(data_dir: Path) -> Dataset:
    """Load and validate data_dir; raise DataErrors listing every problem found."""
    dataset, errors = Dataset(), []
    locations: dict[str, list[tuple[model.Record, Located]]] = {}
    invalid_ids: set[str] = set()  # records with their own errors: references to them are not errors too
    for kind in KINDS:
        display = f"data/{kind.file}"
        path = data_dir / kind.file
        if not path.exists():
            if kind.required:
                errors.append(DataError(display, 0, message=f"the file is missing (it holds the {kind.name} records)"))
            continue
        located_records, file_errors = read_records(path, display)
        errors += file_errors
        validated = []
        for located in located_records:
            record, record_errors = _validate(kind, located, display)
            errors += record_errors
            if record is not None:
                validated.append((record, located))
            else:
                invalid_ids.add(str(located.data.get("id", "")))
        errors += _duplicate_ids(kind, validated, display)
        dataset.by_kind(kind).extend(record for record, _ in validated)
        locations[kind.file] = validated
    errors += check_references(dataset, locations, invalid_ids)
    if errors:
        raise DataErrors(errors)
    return dataset


def _validate(kind: Kind, located: Located, display: str) -> tuple[model.Record | None, list[DataError]]:
    record_id = str(located.data.get("id", ""))
    try:
        return kind.model.model_validate(located.data), []
    except ValidationError as exc:
        errors, described_fields = [], set()
        for problem in exc.errors():
            field_name, message = describe(problem, kind.model)
            if field_name in described_fields:
                continue  # a union reports each branch; the first says enough
            described_fields.add(field_name)
            errors.append(
                DataError(display, located.line_of(field_name), kind.name, record_id, field_name or "", message)
            )
        return None, errors


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
