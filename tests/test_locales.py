"""Every word table the engine ships has the English table's keys, lists and placeholders, and renders."""

from __future__ import annotations

import re

import pytest
import yaml

from scripts import words
from scripts.edition import edition_for
from scripts.generate import generate
from scripts.load import load

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
ENGLISH = yaml.safe_load((words.LOCALE_DIR / "en.yaml").read_text(encoding="utf-8"))
OTHERS = sorted(path.stem for path in words.LOCALE_DIR.glob("*.yaml") if path.stem != "en")


def _differences(english, other, path="") -> list[str]:
    if type(english) is not type(other):
        return [f"{path}: {type(other).__name__} where English has {type(english).__name__}"]
    if isinstance(english, dict):
        found = [f"{path}: keys differ {sorted(set(english) ^ set(other))}"] if set(english) != set(other) else []
        return found + [d for key in english if key in other for d in _differences(english[key], other[key], f"{path}.{key}")]
    if isinstance(english, list):
        if len(english) != len(other):
            return [f"{path}: {len(other)} items where English has {len(english)}"]
        return [d for n, (a, b) in enumerate(zip(english, other, strict=True)) for d in _differences(a, b, f"{path}[{n}]")]
    if isinstance(english, str) and sorted(PLACEHOLDER.findall(english)) != sorted(PLACEHOLDER.findall(other)):
        return [f"{path}: placeholders {PLACEHOLDER.findall(other)} where English has {PLACEHOLDER.findall(english)}"]
    return []


def test_there_is_a_second_word_table():
    assert "nl" in OTHERS


@pytest.mark.parametrize("language", OTHERS)
def test_a_word_table_matches_the_english_one(language):
    other = yaml.safe_load((words.LOCALE_DIR / f"{language}.yaml").read_text(encoding="utf-8"))
    assert _differences(ENGLISH, other) == []


def test_the_dutch_table_renders_pages_in_dutch(data_dir, tmp_path):
    dataset = load(data_dir)
    edition = edition_for(dataset.story, "nl")
    files = generate(dataset, tmp_path / "docs", edition, site_url="https://example.org/").pages()
    assert "6 januari 2022" in files["timeline.md"] and "2.300" in files["index.md"]
    assert edition.words.timeline.title in files["timeline.md"] and edition.words.timeline.title != "Timeline"
