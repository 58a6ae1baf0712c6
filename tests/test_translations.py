"""An edition reads each text's translation beside it; a missing one is an editor's error with its line."""

import re
import shutil

import pytest

from scripts import model
from scripts.edition import edition_for
from scripts.errors import DataErrors
from scripts.load import load
from scripts.templating import Renderer
from scripts.translations import Untranslated, in_edition
from tests.conftest import ROOT

EVENT = {
    "id": "2022-01-06-clashes", "start": "2022-01-06", "place": "almaty", "category": "violence",
    "title": "Clashes", "title_nl": "Botsingen", "summary": "Gunfire was heard.",
    "summary_nl": "Er werd geschoten.", "sources": ["nu-2022-01-06-onrust"],
}  # fmt: skip


def test_the_edition_reads_its_own_text_and_the_story_s_own_drops_it():
    dutch = in_edition(EVENT, model.Event, "nl", "en", ["nl"])
    english = in_edition(EVENT, model.Event, "en", "en", ["nl"])
    assert (dutch.data["title"], dutch.data["summary"]) == ("Botsingen", "Er werd geschoten.")
    assert english.data["title"] == "Clashes" and "title_nl" not in english.data
    assert dutch.problems == english.problems == []


def test_a_missing_translation_names_the_field_to_add():
    event = {key: value for key, value in EVENT.items() if key != "summary_nl"}
    problems = in_edition(event, model.Event, "nl", "en", ["nl"]).problems
    assert problems == [("summary", "the 'nl' text is missing: add summary_nl beside summary, or list summary "
                                    "under untranslated_nl to show the 'en' text, marked as such")]  # fmt: skip


def test_an_explicit_fallback_keeps_the_story_s_text_and_says_so():
    event = {key: value for key, value in EVENT.items() if key != "summary_nl"} | {"untranslated_nl": ["summary"]}
    text = in_edition(event, model.Event, "nl", "en", ["nl"])
    assert text.problems == [] and text.data["summary"] == "Gunfire was heard." and text.untranslated == ["summary"]
    assert "untranslated_nl" not in text.data


def test_a_text_for_an_edition_the_story_does_not_have_is_refused():
    problems = in_edition(EVENT | {"title_de": "Zusammenstöße"}, model.Event, "en", "en", ["nl"]).problems
    assert problems == [("title_de", "a 'de' text for title, but the story has no 'de' edition (editions: nl); "
                                     "add de to editions in story.yaml, or remove title_de")]  # fmt: skip


def test_texts_wait_while_their_edition_is_switched_off():
    text = in_edition(EVENT, model.Event, "en", "en", [])
    assert text.problems == [] and "title_nl" not in text.data and text.data["title"] == "Clashes"


def test_numbers_need_no_translation():
    fact = {"id": "toll", "label": "Toll", "label_nl": "Dodental", "value": 64, "as_of": "2011-12-16",
            "sources": ["x"]}  # fmt: skip
    assert in_edition(fact, model.BackgroundFact, "nl", "en", ["nl"]).problems == []


@pytest.fixture
def real_data(tmp_path):
    return shutil.copytree(ROOT / "data", tmp_path / "data")


def _break(data, file, old, new):
    path = data / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {file}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text.count("\n", 0, text.index(old)) + 1  # the line it was on


def test_every_record_of_the_story_has_its_dutch_text():
    dataset = load(ROOT / "data", "nl")
    assert dataset.language == "nl" and dataset.story.title.startswith("Bloedige Januari")
    english = {event.id: event.title for event in load(ROOT / "data").events}
    assert all(event.title != english[event.id] for event in dataset.events if len(event.title) > 12)


def test_a_missing_dutch_text_stops_the_build_at_its_line(real_data):
    event = load(real_data).events[0]
    title_nl = load(real_data, "nl").events[0].title
    line = _break(real_data, "events.yaml", f"  title_nl: {title_nl}\n", "")
    with pytest.raises(DataErrors) as caught:
        load(real_data, "nl")
    assert [str(error) for error in caught.value.errors] == [
        f"data/events.yaml:{line - 1}: event {event.id}: title: the 'nl' text is missing: add title_nl beside "
        "title, or list title under untranslated_nl to show the 'en' text, marked as such"
    ]
    load(real_data)  # the story's own edition does not need it


def test_a_bad_dutch_text_is_reported_at_its_own_line(real_data):
    title_nl = load(real_data, "nl").events[0].title
    line = _break(real_data, "events.yaml", f"  title_nl: {title_nl}\n", "  title_nl: <b>Vet</b>\n")
    with pytest.raises(DataErrors) as caught:
        load(real_data, "nl")
    (error,) = caught.value.errors
    assert str(error).startswith(f"data/events.yaml:{line}: event ") and ": title_nl: " in str(error)


def test_an_untranslated_text_is_marked_as_english_on_the_page(real_data):
    title_nl = load(real_data, "nl").events[0].title
    _break(real_data, "events.yaml", f"  title_nl: {title_nl}\n", "  untranslated_nl: [title]\n")
    event = load(real_data, "nl").events[0]
    assert isinstance(event.title, Untranslated) and event.title.lang == "en"
    renderer = Renderer(edition_for(load(real_data, "nl").story, "nl"))
    html = renderer.environment.from_string("<h4>{{ title }}</h4>").render(title=event.title)
    assert html == f'<h4><span lang="en">{event.title}</span></h4>'


def test_a_quote_in_another_language_needs_its_translation(real_data):
    path = real_data / "reactions.yaml"
    # The first English translation of a quote, with its folded lines.
    path.write_text(re.sub(r"\n  quote_translation: .*(\n    .*)*", "", path.read_text(encoding="utf-8"), count=1),
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(DataErrors) as caught:
        load(real_data)
    (error,) = caught.value.errors
    assert ": quote_translation: the quote is in '" in str(error) and "translation into 'en'" in str(error)


def test_the_example_story_has_no_editions_and_loads_as_before():
    dataset = load(ROOT / "examples" / "karakalpakstan-2022" / "data")
    assert dataset.story.editions == [] and dataset.language == dataset.story.language
