"""The reader-facing words, from scripts/locale/<language>.yaml."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

LOCALE_DIR = Path(__file__).parent / "locale"


class Strings(dict):
    """A nested dict that reads as attributes in templates: t.timeline.title."""

    def __getattr__(self, name: str):
        try:
            value = self[name]
        except KeyError:
            raise AttributeError(f"no reader-facing string '{name}' in the locale file") from None
        return Strings(value) if isinstance(value, dict) else value


@cache
def strings(language: str = "en") -> Strings:
    with open(LOCALE_DIR / f"{language}.yaml", encoding="utf-8") as handle:
        return Strings(yaml.safe_load(handle))
