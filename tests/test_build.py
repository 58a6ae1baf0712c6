"""A real `mkdocs build --strict`, its HTML parsed; and broken data refused with the old site kept."""

from bs4 import BeautifulSoup

from scripts.load import load
from scripts.paths import DATA_DIR
from tests.conftest import mkdocs_build


def soup(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_timeline_has_one_anchor_per_event_and_sources(built_site):
    dataset = load(DATA_DIR)
    page = soup(built_site / "timeline" / "index.html")
    for event in dataset.events:
        headings = page.select(f'li.bj-event > h4[id="{event.id}"]')
        assert len(headings) == 1, event.id
        items = [headings[0].parent]
        cited = {a["data-source"] for a in items[0].select("a.bj-source")}
        assert cited == set(event.sources), event.id
        for link in items[0].select("a.bj-source"):
            assert "noopener" in link["rel"]


def test_casualty_ledger_shows_every_figure_with_its_sources(built_site):
    dataset = load(DATA_DIR)
    page = soup(built_site / "casualties" / "index.html")
    for figure in dataset.figures:
        row = page.select_one(f'tr[id="{figure.id}"]')
        assert row is not None, figure.id
        assert {a["data-source"] for a in row.select("a.bj-source")} == set(figure.sources)
        if figure.status == "withdrawn":
            assert row.select_one("del") is not None


def test_every_chart_is_static_svg_with_text_alternative_table_and_csv(built_site):
    charts = 0
    for html in built_site.rglob("*.html"):
        for chart in soup(html).select("figure.bj-chart"):
            charts += 1
            pictures = chart.select("picture")
            assert [p["class"][-1] for p in pictures] == ["bj-chart__picture--light", "bj-chart__picture--dark"]
            for picture in pictures:
                img = picture.img
                caption = chart.select_one(".bj-chart__description").text
                assert img["alt"].strip() and img["alt"] != caption and img["alt"] not in caption
                paths = [img["src"], picture.source["srcset"]]
                for path in paths:
                    svg = (html.parent / path).resolve()
                    assert svg.read_bytes().lstrip().startswith(b"<svg"), path
            assert chart.select_one("h2.bj-chart__title").text.strip()  # the title is a heading
            rows = chart.select("details table tbody tr")
            csv_link = chart.select_one('a[download][href$=".csv"]')["href"]
            csv_lines = (html.parent / csv_link).resolve().read_text(encoding="utf-8").splitlines()
            assert len(csv_lines) == len(rows) + 1, csv_link
            # The downloads beside the table: PNG and SVG (light), CSV, and a line to cite the chart by.
            png = (html.parent / chart.select_one('a[download][href$=".png"]')["href"]).resolve().read_bytes()
            svg = (html.parent / chart.select_one('a[download][href$="-light-wide.svg"]')["href"]).resolve()
            assert png.startswith(b"\x89PNG") and svg.read_bytes().lstrip().startswith(b"<svg")
            cite = chart.select_one(".bj-chart__cite").text
            assert "https://bloody-january.example.org/" in cite and f"#{chart['id']}" in cite
            assert chart.select("a.bj-source") or chart.select_one(".bj-sources")
    assert charts >= 9  # eight charts, the death toll shown on two pages


def test_no_request_to_another_host_in_the_html(built_site):
    for html in built_site.rglob("*.html"):
        page = soup(html)
        for tag, attribute in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src")):
            for element in page.find_all(tag):
                value = element.get(attribute, "")
                if (
                    tag == "link"
                    and "stylesheet" not in element.get("rel", [])
                    and "icon" not in element.get("rel", [])
                ):
                    continue
                assert not value.startswith(("http:", "https:", "//")), f"{html}: {tag} {value}"


def test_no_script_holds_up_the_first_paint(built_site):
    """Every external script is deferred, except the edition switch, which must run before the theme's."""
    for html in built_site.rglob("*.html"):
        for script in soup(html).find_all("script", src=True):
            if not script["src"].endswith("edition-switch.js"):
                assert script.has_attr("defer"), f"{html}: {script['src']} without defer"


def test_broken_data_stops_the_build_and_keeps_the_old_site(project_copy):
    site = project_copy / "site"
    assert mkdocs_build(project_copy, site).returncode == 0
    before = (site / "index.html").read_bytes()
    events = project_copy / "data" / "events.yaml"
    events.write_text(
        events.read_text(encoding="utf-8").replace("place: almaty", "place: almatty", 1), encoding="utf-8"
    )
    docs_before = sorted(p.read_bytes() for p in (project_copy / "docs").rglob("*") if p.is_file())

    result = mkdocs_build(project_copy, site)

    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    assert "place: unknown place id 'almatty' (did you mean 'almaty'?)" in output
    assert "data/events.yaml:" in output
    assert (site / "index.html").read_bytes() == before
    assert sorted(p.read_bytes() for p in (project_copy / "docs").rglob("*") if p.is_file()) == docs_before


def test_a_hand_written_page_is_never_overwritten(project_copy):
    (project_copy / "docs" / "timeline.md").write_text("# Mine\n", encoding="utf-8")
    result = mkdocs_build(project_copy, project_copy / "site")
    assert result.returncode == 1
    assert (
        "docs/timeline.md: this hand-written file has the same name as a generated page"
        in result.stdout + result.stderr
    )
    assert (project_copy / "docs" / "timeline.md").read_text(encoding="utf-8") == "# Mine\n"


def test_editors_intros_render_as_markdown(built_site):
    """Intros are hand-written Markdown: footnotes, quotes and autolinks must render, not show as text."""
    home, data_page = soup(built_site / "index.html"), soup(built_site / "data" / "index.html")
    assert home.select("div.footnote li") and home.select_one("sup a.footnote-ref")
    assert data_page.select_one("article em") is not None and data_page.select_one("article code") is not None
    for html in built_site.rglob("index.html"):
        text = soup(html).select_one("article").get_text()
        assert "[^" not in text and "<https" not in text, html


def test_every_measure_shows_its_definition_and_official_only_labels_the_authorities(built_site):
    dataset = load(DATA_DIR)
    page = soup(built_site / "casualties" / "index.html")
    shown = {measure.id for measure in dataset.story.measures if page.select_one(f'h2[id="{measure.id}"]')}
    for measure in dataset.story.measures:
        if measure.id in shown:
            section = page.select_one(f'h2[id="{measure.id}"]').find_next("p", class_="bj-definition")
            assert measure.definition in section.get_text(" ", strip=True), measure.id
    from scripts.derive import headline_figure, traced

    for measure_id in shown:
        best = headline_figure(traced(dataset), measure_id)
        if best is None:
            continue
        label = page.select_one(f'h2[id="{measure_id}"]').find_next("p", class_="bj-best").get_text(" ", strip=True)
        assert ("Latest official figure" in label) == (best.reporter_type == "authorities"), measure_id


def test_the_home_page_detention_figure_is_the_january_count(built_site):
    cards = soup(built_site / "index.html").select(".bj-keyfigure")
    detained = next(card for card in cards if "Detained" in card.select_one(".bj-keyfigure__label").text)
    assert detained.select_one(".bj-keyfigure__value").text.strip() == "9,900"
    assert "during the unrest in January 2022" in detained.select_one(".bj-keyfigure__definition").text


def test_every_citation_says_what_kind_of_source_it_is(built_site):
    dataset = load(DATA_DIR)
    types = {source.id: source.type for source in dataset.sources}
    page = soup(built_site / "timeline" / "index.html")
    for link in page.select("a.bj-source"):
        kind = link.find_next_sibling("span", class_="bj-source-type")
        assert kind is not None and f"bj-source-type--{types[link['data-source']]}" in kind["class"]


def test_the_timeline_opens_with_key_moments_and_keeps_each_day_in_order(built_site):
    dataset = load(DATA_DIR)
    page = soup(built_site / "timeline" / "index.html")
    strip = [a["href"].lstrip("#") for a in page.select(".bj-key-moments a")]
    assert 0 < len(strip) <= 12 and set(strip) == {e.id for e in dataset.events if e.key_moment}
    order = [h4["id"] for h4 in page.select("li.bj-event > h4")]
    # The decree that extends the state of emergency to the whole country comes after the ones it extends.
    assert order.index("2022-01-05-emergency-almaty-mangystau") < order.index("2022-01-05-emergency-nationwide")
    assert order.index("2022-01-05-emergency-nur-sultan") < order.index("2022-01-05-emergency-nationwide")
    assert order.index("2022-01-04-almaty-evening-march") < order.index("2022-01-04-almaty-overnight-clashes")
    # Each event's sources are a count that opens the list, without JavaScript too.
    first = page.select_one("li.bj-event details.bj-sources-fold summary")
    assert first is not None and first.get_text(strip=True)


def test_the_footer_says_who_made_it_how_to_correct_and_cite_it_and_when_it_changed(built_site):
    from scripts.last_updated import last_updated

    dataset = load(DATA_DIR)
    updated = last_updated(dataset, DATA_DIR.parent)
    for html in (built_site / "index.html", built_site / "timeline" / "index.html"):
        footer = soup(html).select_one(".bj-footer")
        text = footer.get_text(" ", strip=True)
        assert dataset.story.credits.made_by in text and dataset.story.title in text
        assert footer.select_one("time")["datetime"] == updated.isoformat()
        assert footer.select_one("a[href$='sources/#corrections']") is not None
    home = soup(built_site / "index.html")
    assert home.select_one(".bj-standfirst").text.strip() == dataset.story.standfirst
    assert home.select_one(".bj-dateline time")["datetime"] == dataset.story.published.isoformat()


def test_a_broken_link_in_an_editor_s_intro_stops_the_build(project_copy):
    intro = project_copy / "docs" / "intros" / "index.md"
    text = intro.read_text(encoding="utf-8")
    assert "timeline.md#2022-01-05-almaty-akimat-stormed" in text
    intro.write_text(text.replace("#2022-01-05-almaty-akimat-stormed", "#2022-01-05-almaty-akimat-storm"), "utf-8")
    result = mkdocs_build(project_copy, project_copy / "site")
    assert result.returncode != 0
    assert "timeline.md#2022-01-05-almaty-akimat-storm" in result.stdout + result.stderr
