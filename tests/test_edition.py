"""One edition object reaches every page and chart: a page renders in a second locale, nothing falls back."""

import shutil

import yaml

from scripts import words
from scripts.edition import edition_for
from scripts.generate import generate
from scripts.load import load


def test_a_second_locale_reaches_pages_and_charts(data_dir, tmp_path, monkeypatch):
    locale_dir = tmp_path / "locale"
    shutil.copytree(words.LOCALE_DIR, locale_dir)
    table = yaml.safe_load((locale_dir / "en.yaml").read_text(encoding="utf-8"))
    table["locale"] = "de_DE"
    table["site"]["as_of"] = "Stand"
    (locale_dir / "de.yaml").write_text(yaml.safe_dump(table, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(words, "LOCALE_DIR", locale_dir)
    words.engine_words.cache_clear()
    words.available_languages.cache_clear()
    try:
        dataset = load(data_dir)
        edition = edition_for(dataset.story, "de")
        assert edition.language == "de" and edition.words.site.as_of == "Stand"
        generated = generate(dataset, tmp_path / "docs", edition)
        home = generated.text("index.md")
        assert "Stand 6. Januar 2022" in home and "2.300" in home  # German dates and numbers on a page
        timeline = generated.text("timeline.md")
        assert "Donnerstag, 6. Januar 2022" in timeline or "Donnerstag 6 Januar 2022" in timeline
        assert "6. Januar 2022" in generated.charts["detained-over-time"].input.description  # and in a chart
    finally:
        words.engine_words.cache_clear()
        words.available_languages.cache_clear()


def test_the_story_words_and_vocabularies_join_the_engine_words(data_dir):
    edition = edition_for(load(data_dir).story)
    assert edition.words.story.title == "A test story"
    assert edition.words.categories == {"protest": "Protest", "violence": "Violence"}
    assert edition.words.definitions["detained"] == "People reported detained."
    assert edition.words.site.sources_label == "Sources"  # an engine word
