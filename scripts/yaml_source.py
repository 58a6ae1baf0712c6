"""Safe YAML reading that remembers the line of every record and field.

We compose the YAML node tree ourselves instead of letting a loader build Python objects:
no tags can construct anything, aliases and merge keys are refused (no billion-laughs),
duplicate keys are caught, and dates stay strings so the models parse them strictly.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from scripts.errors import DataError

# libyaml's composer where PyYAML has it (marks and nodes are the same), else the pure-Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_current_text: ContextVar[str] = ContextVar("current_text", default="")
_SCALARS = yaml.constructor.SafeConstructor()
# Dates and times stay text: the models parse them, so an impossible date gets an editor's message.
_PLAIN_TAGS = {
    "tag:yaml.org,2002:str": _SCALARS.construct_scalar,
    "tag:yaml.org,2002:timestamp": _SCALARS.construct_scalar,
    "tag:yaml.org,2002:int": _SCALARS.construct_yaml_int,
    "tag:yaml.org,2002:float": _SCALARS.construct_yaml_float,
    "tag:yaml.org,2002:bool": _SCALARS.construct_yaml_bool,
    "tag:yaml.org,2002:null": _SCALARS.construct_yaml_null,
}

_SEQUENCE_TAGS = {"tag:yaml.org,2002:seq"}
_MAPPING_TAGS = {"tag:yaml.org,2002:map"}


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
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return [], [DataError(display_name, 0, message=f"cannot read the file ({exc.strerror})")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return [], [DataError(display_name, line, message="the file is not UTF-8 text (save it as UTF-8)")]
    try:
        records = _records_from_text(text)
    except _YamlProblem as problem:
        return [], [DataError(display_name, problem.line, message=problem.message)]
    return records, []


def _records_from_text(text: str) -> list[Located]:
    _current_text.set(text)
    if not text.strip() or all(line.lstrip().startswith("#") or not line.strip() for line in text.splitlines()):
        raise _YamlProblem(1, "the file is empty (it should hold a list of records, each starting with '- id:')")
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        raise _YamlProblem(*_describe_syntax_error(exc, text)) from None
    except yaml.YAMLError as exc:  # pragma: no cover - PyYAML marks nearly every error
        raise _YamlProblem(1, f"not valid YAML ({exc})") from None
    if root is None:
        raise _YamlProblem(1, "the file is empty (it should hold a list of records, each starting with '- id:')")
    _refuse_tags(root)
    if not isinstance(root, yaml.SequenceNode):
        raise _YamlProblem(
            _line(root), "the file should be a list of records, each starting with '- id:' (this is not a list)"
        )
    seen: set[int] = set()
    records = []
    for item in root.value:
        if not isinstance(item, yaml.MappingNode):
            raise _YamlProblem(_line(item), "each record should be a set of 'field: value' lines under '- '")
        records.append(_record(item, seen))
    return records


def _record(node: yaml.MappingNode, seen: set[int]) -> Located:
    _refuse_tags(node)
    data, field_lines = {}, {}
    for key_node, value_node in node.value:
        key = _plain(key_node, seen)
        if key == "<<":
            raise _YamlProblem(_line(key_node), "merge keys ('<<') are not allowed; write the fields out")
        if key in data:
            raise _YamlProblem(_line(key_node), f"the field '{key}' is given twice in this record")
        data[key] = _plain(value_node, seen)
        field_lines[str(key)] = _line(key_node)
    return Located(data=data, line=_line(node), field_lines=field_lines)


def _plain(node: yaml.Node, seen: set[int]):
    """Turn a node into str/int/float/bool/None/list/dict, refusing anything else."""
    if id(node) in seen:  # an alias: the composer hands back the anchored node again
        raise _YamlProblem(_alias_line(node), "YAML aliases ('*name') are not allowed; write the value out")
    seen.add(id(node))
    _refuse_tags(node)
    if isinstance(node, yaml.ScalarNode):
        return _PLAIN_TAGS[node.tag](node)
    if isinstance(node, yaml.SequenceNode):
        return [_plain(child, seen) for child in node.value]
    if isinstance(node, yaml.MappingNode):
        result = {}
        for key_node, value_node in node.value:
            key = _plain(key_node, seen)
            if key == "<<":
                raise _YamlProblem(_line(key_node), "merge keys ('<<') are not allowed; write the fields out")
            if key in result:
                raise _YamlProblem(_line(key_node), f"the field '{key}' is given twice")
            result[key] = _plain(value_node, seen)
        return result
    raise _YamlProblem(_line(node), "this YAML value is not allowed")  # pragma: no cover


def _refuse_tags(node: yaml.Node) -> None:
    allowed = {yaml.SequenceNode: _SEQUENCE_TAGS, yaml.MappingNode: _MAPPING_TAGS}.get(type(node), _PLAIN_TAGS)
    if node.tag not in allowed:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        raise _YamlProblem(_line(node), f"YAML tags like '{tag}' are not allowed; remove the tag")


def _alias_line(node: yaml.Node) -> int:
    # Rare, so only then is the text parsed again, to point at the alias rather than its anchor.
    for event in yaml.parse(_current_text.get(), Loader=_LOADER):
        if isinstance(event, yaml.AliasEvent):
            return event.start_mark.line + 1
    return _line(node)  # pragma: no cover


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _describe_syntax_error(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, str]:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 1
    column = mark.column + 1 if mark else 1
    problem = exc.problem or "not valid YAML"
    source_line = text.splitlines()[line - 1] if 0 < line <= len(text.splitlines()) else ""
    if "\t" in problem or "\t" in source_line[: max(column, 1)]:
        return line, f"column {column}: a tab is used for indentation; indent with spaces only"
    return line, f"column {column}: YAML syntax error: {problem} (check the indentation and quotes around this line)"
