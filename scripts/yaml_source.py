"""Safe YAML reading that remembers the line of every record and field.

We build plain values from the parser's event stream ourselves instead of letting a loader
construct Python objects: no tag can construct anything, aliases and merge keys are refused (no
billion laughs), duplicate keys are caught, dates stay text so the models parse them strictly, and
no node tree of a large file is held in memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from scripts.errors import DataError

# libyaml's parser where PyYAML has it (same events and marks), else the pure-Python one.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader where PyYAML has it
_RESOLVER = yaml.resolver.Resolver()
_SCALARS = yaml.constructor.SafeConstructor()
# Dates and times stay text: the models parse them, so an impossible date gets an editor's message.
_SCALAR_TAGS = {
    "tag:yaml.org,2002:str": _SCALARS.construct_scalar,
    "tag:yaml.org,2002:timestamp": _SCALARS.construct_scalar,
    "tag:yaml.org,2002:int": _SCALARS.construct_yaml_int,
    "tag:yaml.org,2002:float": _SCALARS.construct_yaml_float,
    "tag:yaml.org,2002:bool": _SCALARS.construct_yaml_bool,
    "tag:yaml.org,2002:null": _SCALARS.construct_yaml_null,
}
_SEQUENCE_TAGS = {None, "!", "tag:yaml.org,2002:seq"}
_MAPPING_TAGS = {None, "!", "tag:yaml.org,2002:map"}
_EMPTY = "the file is empty (it should hold a list of records, each starting with '- id:')"


@dataclass
class Located:
    """One record as plain data, with the line of the record and of each of its fields."""

    data: dict
    line: int
    field_lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, name: str | None) -> int:
        return self.field_lines.get(name, self.line) if name else self.line


class _YamlProblem(Exception):
    def __init__(self, line: int, message: str):
        self.line = line
        self.message = message


def read_records(path: Path, display_name: str) -> tuple[list[Located], list[DataError]]:
    """Read a data file that holds a YAML list of records."""
    text, errors = _read_text(path, display_name)
    if text is None:
        return [], errors
    try:
        records = _records_from_text(text)
    except _YamlProblem as problem:
        return [], [DataError(display_name, problem.line, message=problem.message, cause=True)]
    return records, []


def read_document(path: Path, display_name: str) -> tuple[Located | None, list[DataError]]:
    """Read a data file that holds one mapping (the story): every nested field keeps its line.

    Lines are keyed by dotted paths, list items by position: 'charts.2.labels.y'.
    """
    text, errors = _read_text(path, display_name)
    if text is None:
        return None, errors
    try:
        return _document_from_text(text), []
    except _YamlProblem as problem:
        return None, [DataError(display_name, problem.line, message=problem.message, cause=True)]


def _read_text(path: Path, display_name: str) -> tuple[str | None, list[DataError]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [DataError(display_name, 0, message=f"cannot read the file ({exc.strerror})", cause=True)]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        message = "the file is not UTF-8 text (save it as UTF-8)"
        return None, [DataError(display_name, line, message=message, cause=True)]


def _document_from_text(text: str) -> Located:
    events = yaml.parse(text, Loader=SAFE_LOADER)
    try:
        _expect(events, yaml.StreamStartEvent)
        first = next(events)
        if isinstance(first, yaml.StreamEndEvent):
            raise _YamlProblem(1, "the file is empty (it should hold 'field: value' lines)")
        root = next(events)
        _refuse_alias_and_tag(root)
        if not isinstance(root, yaml.MappingStartEvent):
            raise _YamlProblem(_line(root), "the file should be a set of 'field: value' lines (this is not)")
        lines: dict[str, int] = {}
        data, _ = _mapping(events, lines, "")
        return Located(data=data, line=_line(root), field_lines=lines)
    except yaml.MarkedYAMLError as exc:
        raise _YamlProblem(*_describe_syntax_error(exc, text)) from None


def _records_from_text(text: str) -> list[Located]:
    events = yaml.parse(text, Loader=SAFE_LOADER)
    try:
        _expect(events, yaml.StreamStartEvent)
        first = next(events)
        if isinstance(first, yaml.StreamEndEvent):
            raise _YamlProblem(1, _EMPTY)
        root = next(events)
        if not isinstance(root, yaml.SequenceStartEvent):
            if isinstance(root, yaml.ScalarEvent) and root.value == "" and root.implicit[0]:
                raise _YamlProblem(1, _EMPTY)
            _refuse_alias_and_tag(root)
            raise _YamlProblem(
                _line(root), "the file should be a list of records, each starting with '- id:' (this is not a list)"
            )
        _refuse_alias_and_tag(root)
        records = []
        for event in _items(events, yaml.SequenceEndEvent):
            if not isinstance(event, yaml.MappingStartEvent):
                _refuse_alias_and_tag(event)
                raise _YamlProblem(_line(event), "each record should be a set of 'field: value' lines under '- '")
            _refuse_alias_and_tag(event)
            data, field_lines = _mapping(events)
            records.append(Located(data=data, line=_line(event), field_lines=field_lines))
        return records
    except yaml.MarkedYAMLError as exc:
        raise _YamlProblem(*_describe_syntax_error(exc, text)) from None


def _expect(events, kind) -> None:
    event = next(events)
    if not isinstance(event, kind):  # pragma: no cover - the parser guarantees the stream's frame
        raise _YamlProblem(_line(event), "not valid YAML")


def _items(events, end):
    """The events that open each item of a sequence or each key of a mapping, until its end."""
    for event in events:
        if isinstance(event, end):
            return
        yield event


def _mapping(events, nested: dict[str, int] | None = None, prefix: str = "") -> tuple[dict, dict[str, int]]:
    """A mapping and the line of each key; with `nested`, the line of every path below it too."""
    data, lines = {}, {}
    for key_event in _items(events, yaml.MappingEndEvent):
        key = _value(key_event, events)
        if key == "<<":
            raise _YamlProblem(_line(key_event), "merge keys ('<<') are not allowed; write the fields out")
        if key in data:
            raise _YamlProblem(_line(key_event), f"the field '{key}' is given twice in this record")
        lines[str(key)] = _line(key_event)
        if nested is not None:
            nested[f"{prefix}{key}"] = _line(key_event)
        data[key] = _value(next(events), events, nested, f"{prefix}{key}.")
    return data, lines


def _value(event, events, nested: dict[str, int] | None = None, prefix: str = ""):
    """A plain str/int/float/bool/None/list/dict from the node that event opens."""
    _refuse_alias_and_tag(event)
    if isinstance(event, yaml.ScalarEvent):
        tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit) if event.tag in (None, "!") else event.tag
        if tag not in _SCALAR_TAGS:
            raise _YamlProblem(_line(event), f"YAML tags like '{_short(tag)}' are not allowed; remove the tag")
        return _SCALAR_TAGS[tag](yaml.ScalarNode(tag, event.value))
    if isinstance(event, yaml.SequenceStartEvent):
        items = []
        for position, item in enumerate(_items(events, yaml.SequenceEndEvent)):
            if nested is not None:
                nested[f"{prefix}{position}"] = _line(item)
            items.append(_value(item, events, nested, f"{prefix}{position}."))
        return items
    if isinstance(event, yaml.MappingStartEvent):
        return _mapping(events, nested, prefix)[0]
    raise _YamlProblem(_line(event), "this YAML value is not allowed")  # pragma: no cover


def _refuse_alias_and_tag(event) -> None:
    if isinstance(event, yaml.AliasEvent):
        raise _YamlProblem(_line(event), "YAML aliases ('*name') are not allowed; write the value out")
    allowed = {yaml.SequenceStartEvent: _SEQUENCE_TAGS, yaml.MappingStartEvent: _MAPPING_TAGS}.get(type(event))
    tag = getattr(event, "tag", None)
    if allowed is not None and tag not in allowed:
        raise _YamlProblem(_line(event), f"YAML tags like '{_short(tag)}' are not allowed; remove the tag")
    if isinstance(event, yaml.ScalarEvent) and tag not in (None, "!") and tag not in _SCALAR_TAGS:
        raise _YamlProblem(_line(event), f"YAML tags like '{_short(tag)}' are not allowed; remove the tag")


def _short(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!")


def _line(event) -> int:
    return event.start_mark.line + 1


def _describe_syntax_error(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, str]:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 1
    column = mark.column + 1 if mark else 1
    problem = exc.problem or "not valid YAML"
    source_line = text.splitlines()[line - 1] if 0 < line <= len(text.splitlines()) else ""
    if "\t" in problem or "\t" in source_line[: max(column, 1)]:
        return line, f"column {column}: a tab is used for indentation; indent with spaces only"
    return line, f"column {column}: YAML syntax error: {problem} (check the indentation and quotes around this line)"
