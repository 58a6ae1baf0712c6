"""Edit records in a data file in place, block by block, so untouched records keep their exact text.

Used by hand for bulk edits (merging research results): `blocks(path)` yields (id, text) for each
record; `write(path, header, blocks)` puts the file back together.
"""

from __future__ import annotations

import datetime
import re

import yaml

_START = re.compile(r"^- id: (\S+)", re.MULTILINE)


def split(text: str) -> tuple[str, list[tuple[str, str]]]:
    starts = [m.start() for m in _START.finditer(text)]
    header = text[: starts[0]] if starts else text
    records = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        block = text[start:end]
        records.append((_START.match(block).group(1), block))
    return header, records


def dump(record: dict) -> str:
    """One record as YAML in the data files' style: dates unquoted, long text folded."""
    clean = {}
    for key, value in record.items():
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            value = datetime.date.fromisoformat(value)
        elif isinstance(value, datetime.datetime):
            value = value.isoformat()  # written back as it was: 2022-01-05T08:55:00+05:30
        clean[key] = value
    text = yaml.safe_dump([clean], sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    # Lists of ids read best on one line, as editors write them: sources: [a, b].
    text = re.sub(r"^(  \w+):\n((?:  - .*\n)+)", _flow_list, text, flags=re.MULTILINE)
    return text if text.endswith("\n") else text + "\n"


def join(header: str, records: list[tuple[str, str]]) -> str:
    return header + "".join(block for _, block in records)


def _flow_list(match: re.Match) -> str:
    items = [line.strip()[2:] for line in match.group(2).splitlines()]
    return f"{match.group(1)}: [{', '.join(items)}]\n"
