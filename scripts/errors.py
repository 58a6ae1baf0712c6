"""Editor-facing data errors: one line each, pointing at file, line, record and field."""

from __future__ import annotations

import difflib
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class DataError:
    file: str
    line: int
    kind: str = ""
    record_id: str = ""
    field: str = ""
    message: str = ""
    cause: bool = False  # a file that could not be read: reported first, as the real cause

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:"
        parts = [where]
        if self.kind:
            parts.append(f"{self.kind} {self.record_id or '(no id)'}:")
        if self.field:
            parts.append(f"{self.field}:")
        parts.append(self.message)
        return " ".join(parts)


class DataErrors(Exception):
    """Raised with every error found in one pass, so an editor can fix them all at once."""

    def __init__(self, errors: list[DataError]):
        self.errors = sorted(set(errors), key=lambda error: (not error.cause, error))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.errors)
        noun = "problem" if count == 1 else "problems"
        lines = [str(error) for error in self.errors]
        lines.append(f"The data has {count} {noun}; nothing was built. Fix the lines above and build again.")
        return "\n".join(lines)


def did_you_mean(word: str, choices) -> str:
    """A '(did you mean 'x'?)' hint, or '' when nothing is close."""
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
