"""Links between generated pages, as directory URLs relative to the page."""

from scripts.urls import page_url, relative_root


def test_relative_root():
    assert relative_root("index.md") == ""
    assert relative_root("timeline.md") == "../"
    assert relative_root("a/b.md") == "../../"


def test_page_url():
    assert page_url("timeline.md#2022-01-05-x", "../") == "../timeline/#2022-01-05-x"
    assert page_url("index.md", "../") == "../"
    assert page_url("index.md", "") == "./"
    assert page_url("casualties.md#deaths", "") == "casualties/#deaths"
