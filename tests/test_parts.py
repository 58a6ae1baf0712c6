"""Long pages in parts: every record in exactly one part, the page listing its parts, links that land."""

from __future__ import annotations

import json

from bs4 import BeautifulSoup

from scripts.load import load
from scripts.pages import parts


def test_groups_stay_whole_where_they_fit_and_a_longer_one_is_cut():
    groups = [("a", [1, 2]), ("b", [3, 4, 5]), ("c", [6]), ("d", [7, 8, 9, 10, 11])]
    cut = parts.cut(groups, 4, "page")
    assert [part.groups for part in cut] == [
        [("a", [1, 2])], [("b", [3, 4, 5]), ("c", [6])], [("d", [7, 8, 9, 10])], [("d", [11])],
    ]
    assert [part.file for part in cut] == [f"page/part-{n}.md" for n in range(1, 5)]
    assert [part.continued for part in cut] == [set(), set(), set(), {"d"}]  # "d, continued" on part 4
    assert len(parts.cut(groups, 100, "page")) == 1


def test_anchors_and_the_map_name_each_record_s_part_and_nothing_when_whole():
    cut = parts.cut([("a", ["x", "y"]), ("b", ["z"])], 2, "page")
    files = parts.anchors(cut, "page", lambda r: f"r-{r}", lambda key: f"g-{key}")
    assert files == {("page", "g-a"): "page/part-1.md", ("page", "r-x"): "page/part-1.md",
                     ("page", "r-y"): "page/part-1.md", ("page", "g-b"): "page/part-2.md",
                     ("page", "r-z"): "page/part-2.md"}  # fmt: skip
    assert json.loads(parts.parts_map(files, "page"))["r-z"] == "page/part-2/"
    assert parts.anchors(parts.cut([("a", ["x"])], 2, "page"), "page", str) == {}
    assert parts.parts_map({}, "page") is None


def _soup(site, path):
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


def _records_in_parts(site, page, selector) -> dict[str, str]:
    found: dict[str, str] = {}
    for html in sorted((site / page).glob("part-*/index.html")):
        soup = _soup(site, html.relative_to(site))
        assert soup.select_one(f"nav.bj-parts-nav a[href='../../{page}/']"), html  # back to the list of parts
        for element in soup.select(selector):
            assert element["id"] not in found, element["id"]
            found[element["id"]] = html.parent.name
    return found


def test_every_source_reaction_and_figure_is_in_one_part(split_site):
    dataset = load(split_site.parent / "data")
    sources = _records_in_parts(split_site, "sources", "li.bj-source-entry")
    assert set(sources) == {f"source-{s.id}" for s in dataset.sources} and len(set(sources.values())) >= 3
    reactions = _records_in_parts(split_site, "reactions", "li.bj-reaction")
    assert set(reactions) == {r.id for r in dataset.reactions} and len(set(reactions.values())) >= 3
    figures = _records_in_parts(split_site, "casualties", "tr.bj-ledger__row")
    assert set(figures) == {f.id for f in dataset.figures} and len(set(figures.values())) >= 3


def test_each_split_page_lists_its_parts_and_keeps_what_a_reader_needs_first(split_site):
    for page, kept in (("sources", "#corrections"), ("reactions", "figure.bj-chart"),
                       ("casualties", "p.bj-definition")):  # fmt: skip
        index = _soup(split_site, f"{page}/index.html")
        listed = [a["href"] for a in index.select("nav.bj-parts li a")]
        assert listed == [f"../{page}/part-{n}/" for n in range(1, len(listed) + 1)] and len(listed) >= 3, page
        assert index.select_one(kept), page
        table = json.loads((split_site / f"assets/{page}-parts.json").read_text(encoding="utf-8"))
        assert index.select_one("nav.bj-parts")["data-parts-map"].endswith(f"assets/{page}-parts.json")
        assert all(target.startswith(f"{page}/part-") for target in table.values())
    casualties = _soup(split_site, "casualties/index.html")
    assert not casualties.select("table.bj-ledger") and casualties.select("p.bj-best")
    ledger_link = casualties.select_one("p.bj-ledger-parts a[href^='../casualties/part-']")
    assert ledger_link.get_text() == "part " + ledger_link["href"].split("part-")[1].strip("/")
    # A source's "cited by" links go straight to the part that holds the reaction or figure.
    links = {a["href"] for a in _soup(split_site, "sources/part-1/index.html").select(".bj-source-entry__cited a")}
    assert any(href.startswith("../../reactions/part-") for href in links | _all_cited(split_site))


def _all_cited(site) -> set[str]:
    return {a["href"] for html in (site / "sources").glob("part-*/index.html")
            for a in _soup(site, html.relative_to(site)).select(".bj-source-entry__cited a")}  # fmt: skip


def test_the_dutch_edition_is_split_the_same_way_in_dutch(split_site):
    index = _soup(split_site, "nl/reactions/index.html")
    assert index.select_one("nav.bj-parts h2").get_text() == "Deze pagina in delen"
    part = _soup(split_site, "nl/reactions/part-2/index.html")
    assert "deel 2 van" in part.select_one("h1").get_text()
