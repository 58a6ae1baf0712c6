"""Turn pydantic's validation errors into sentences a journalist can act on."""

from __future__ import annotations

import re

from scripts.errors import did_you_mean


def describe(problem: dict, model_class) -> tuple[str | None, str]:
    """Return (field, message) for one pydantic error."""
    loc = [part for part in problem["loc"] if isinstance(part, str | int)]
    field_name = str(loc[0]) if loc and isinstance(loc[0], str) else None
    item = next((part for part in loc[1:] if isinstance(part, int)), None)
    kind = problem["type"]
    given = problem.get("input")
    context = problem.get("ctx") or {}

    if kind == "value_error":
        message = str(context.get("error", problem["msg"])).removeprefix("Value error, ")
        # Checks across fields name their field first: "low: low is larger than high".
        head, sep, rest = message.partition(": ")
        if field_name is None and sep and head in model_class.model_fields:
            return head, rest
    elif kind == "missing":
        message = "this required field is missing"
    elif kind == "extra_forbidden":
        message = "unknown field" + did_you_mean(field_name, model_class.model_fields)
        message += "" if "did you mean" in message else f" (allowed: {', '.join(model_class.model_fields)})"
    elif kind == "literal_error":
        allowed = [
            choice.strip().strip("'") for choice in str(context.get("expected", "")).replace(" or ", ", ").split(",")
        ]
        message = f"'{given}' is not allowed; use one of: {', '.join(allowed)}" + did_you_mean(given, allowed)
    elif kind in ("int_type", "int_parsing", "int_from_float"):
        message = f"'{given}' is not a whole number (write digits only, e.g. 225)"
    elif kind in ("float_type", "float_parsing"):
        message = f"'{given}' is not a number"
    elif kind == "greater_than_equal":
        message = "must not be negative" if context.get("ge") == 0 else f"must be at least {context.get('ge'):g}"
    elif kind == "less_than_equal":
        message = f"must be at most {context.get('le'):g}"  # 90, not 90.0
    elif kind == "string_type":
        message = f"'{given}' should be text (put it in quotes)"
    elif kind == "list_type":
        message = "should be a list, e.g. [first-id, second-id]"
    elif kind == "too_short":
        message = "needs at least one entry"
    elif kind == "string_too_long":
        message = f"is too long (at most {context.get('max_length')} characters)"
    else:
        message = problem["msg"]
    if item is not None:
        message = f"entry {item + 1}: {message}"
    return field_name, message


_SUBFIELD = re.compile(r"^[a-z_]+(\.[a-z0-9_-]+)*$")


def describe_nested(problem: dict, model_class) -> tuple[str, str]:
    """(dotted path, message) for an error anywhere in a nested file such as the story.

    List items are numbered from 0 in the path (as the line index keys them); a discriminated
    union's tag ('ledger') is left out of it.
    """
    loc = list(problem["loc"])
    if len(loc) >= 3 and loc[0] == "charts" and isinstance(loc[1], int) and isinstance(loc[2], str):
        if problem["type"] not in ("union_tag_invalid", "union_tag_not_found"):
            del loc[2]
    loc = [part for part in loc if part != "[key]"]
    kind = problem["type"]
    given = problem.get("input")
    context = problem.get("ctx") or {}
    if kind == "union_tag_invalid":
        allowed = str(context.get("expected_tags", "")).replace("'", "").split(", ")
        return _dotted([*loc[:2], "kind"]), (
            f"'{given.get('kind') if isinstance(given, dict) else given}' is not a chart kind; use one of: "
            f"{', '.join(allowed)}" + did_you_mean(given.get("kind") if isinstance(given, dict) else given, allowed)
        )
    if kind == "union_tag_not_found":
        return _dotted([*loc[:2], "kind"]), "this required field is missing (the chart's kind)"
    if kind == "value_error":
        message = str(context.get("error", problem["msg"])).removeprefix("Value error, ")
        head, sep, rest = message.partition(": ")
        if sep and _SUBFIELD.match(head):  # a check across fields names its field first
            return _dotted([*loc, head]), rest
        return _dotted(loc), message
    flat = {**problem, "loc": tuple(loc[-1:]) if loc else ()}
    _, message = describe(flat, model_class)
    if kind == "extra_forbidden":
        message = "unknown field"
    return _dotted(loc), message


def _dotted(loc: list) -> str:
    return ".".join(str(part) for part in loc)
