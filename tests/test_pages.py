"""The page registry: one module per page, one signature, and only the pages a story names are built."""

from datetime import date
from pathlib import Path

from scripts import derive
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


def test_only_figures_on_a_primary_source_are_headlined_or_drawn(data_dir, tmp_path):
    dataset = load(data_dir)
    figure = dataset.figures[0]
    wire = dataset.sources[0].model_copy(update={"id": "wire-2022-01-08", "publisher": "Reuters", "type": "wire"})
    secondary = figure.model_copy(update={"id": "later", "value": 4404, "as_of": date(2022, 1, 8)})
    dataset.sources.append(wire)
    dataset.figures = [figure.model_copy(update={"sources": [wire.id]}), secondary]
    dataset.story = dataset.story.model_copy(update={"major_outlets": []})
    dataset.__dict__.pop("sources_by_id", None)  # the cached index, rebuilt with the added source
    assert [f.id for f in derive.traced(dataset)] == ["detained-2022-01-06"]
    page = generate(dataset, tmp_path / "docs").text("casualties.md")
    assert 'href="../casualties/#detained-2022-01-06">2,300</a>' in page  # the headline links its ledger row
    assert "A later report rests on secondary sources only" in page
    later_row = page[page.index('<tr id="later"'):]
    assert "Secondary reports only" in later_row[:later_row.index("</tr>")]
    dataset.figures = [secondary]
    page = generate(dataset, tmp_path / "again").text("casualties.md")
    assert "No headline figure: the latest figure that stands rests on secondary sources only" in page and "bj-best\"><strong>" not in page
