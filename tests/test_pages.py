"""The page registry: one module per page, one signature, and only the pages a story names are built."""

from pathlib import Path

from scripts.generate import generate
from scripts.load import load
from scripts.model import PAGE_NAMES
from scripts.pages import PAGES


def test_the_registry_knows_every_page_the_story_may_name():
    assert tuple(PAGES) == PAGE_NAMES
    for name, module in PAGES.items():
        assert module.FILE.endswith(".md") and callable(module.build), name


def test_only_the_story_s_pages_are_generated(data_dir, tmp_path):
    dataset = load(data_dir)  # the minimal story has no background page
    files = generate(dataset, tmp_path).pages()
    assert "background.md" not in files
    assert {"index.md", "timeline.md", "casualties.md", "reactions.md", "sources.md", "data.md"} <= set(files)


def test_the_casualties_page_defines_each_measure(data_dir, tmp_path):
    page = generate(load(data_dir), tmp_path).text("casualties.md")
    assert "What is counted: People reported detained." in page


def test_an_intro_opens_its_page_as_markdown(data_dir, tmp_path: Path):
    (tmp_path / "intros").mkdir()
    (tmp_path / "intros" / "timeline.md").write_text("An *editor's* opening.[^1]\n\n[^1]: A note.", encoding="utf-8")
    page = generate(load(data_dir), tmp_path).text("timeline.md")
    assert "An *editor's* opening.[^1]" in page


def test_last_updated_comes_from_the_data_never_the_clock(data_dir, tmp_path):
    from datetime import date

    from scripts.last_updated import last_updated

    dataset = load(data_dir)
    # No git here: the latest date the records carry (the source of 6 January 2022).
    assert last_updated(dataset, tmp_path) == date(2022, 1, 6)
    (data_dir / "corrections.yaml").write_text(
        "- id: c1\n  date: 2022-03-01\n  summary: Fixed a date.\n", encoding="utf-8"
    )
    assert last_updated(load(data_dir), tmp_path) == date(2022, 3, 1)  # a correction is a change
