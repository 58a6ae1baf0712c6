"""One `mkdocs build` makes every edition: English at /, Dutch at /nl/, the same pages and permalinks."""

from __future__ import annotations

import gzip
import json
import re
from xml.etree import ElementTree

import pytest
import yaml
from bs4 import BeautifulSoup

from scripts.editions import edition_links
from scripts.load import load
from scripts.sitemap import SITEMAP_NS, XHTML_NS
from tests.conftest import ROOT

SITE_URL = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!!", ""))["site_url"]


def _soup(site, path):
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


def _pages(site, root=""):
    return sorted(p.relative_to(site / root).as_posix() for p in (site / root).rglob("index.html")
                  if root or not p.relative_to(site).as_posix().startswith("nl/"))  # fmt: skip


def test_both_editions_have_the_same_pages_and_event_ids(built_site):
    assert _pages(built_site) == _pages(built_site, "nl")
    ids = {event.id for event in load(ROOT / "data").events}
    for root in ("", "nl/"):
        page = _soup(built_site, root + "timeline/index.html")
        assert ids <= {tag["id"] for tag in page.find_all(id=True)}, root


@pytest.mark.parametrize(("root", "lang", "locale"), [("", "en", "en_GB"), ("nl/", "nl", "nl_NL")])
def test_each_page_says_its_language_and_links_every_edition(built_site, root, lang, locale):
    for page in _pages(built_site, root):
        soup = _soup(built_site, root + page)
        path = page.removesuffix("index.html")
        assert soup.html["lang"] == lang, page
        alternates = {link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')}
        assert alternates == {"en": SITE_URL + path, "nl": SITE_URL + "nl/" + path, "x-default": SITE_URL + path}
        assert soup.select_one('meta[property="og:locale"]')["content"] == locale
        other = {"en_GB": "nl_NL", "nl_NL": "en_GB"}[locale]
        assert soup.select_one('meta[property="og:locale:alternate"]')["content"] == other
        ld = json.loads(soup.select_one('script[type="application/ld+json"]').string)
        assert ld["inLanguage"] == lang and ld["url"] == SITE_URL + root + path


def test_the_switcher_goes_to_the_same_page_in_the_other_edition(built_site):
    for root, here in (("", "en"), ("nl/", "nl")):
        soup = _soup(built_site, root + "casualties/index.html")
        links = {a["hreflang"]: a for a in soup.select("a.md-select__link[data-edition-link]")}
        assert set(links) == {"en", "nl"}
        assert [lang for lang, a in links.items() if a.get("aria-current")] == [here]
        for lang, a in links.items():
            target = (built_site / root / "casualties" / a["href"]).resolve()
            assert target == (built_site / ("" if lang == "en" else "nl") / "casualties").resolve(), a["href"]
        assert links["nl"].get_text(strip=True) == "Nederlands" and links["en"].get_text(strip=True) == "English"


def test_the_sitemaps_list_every_edition_of_every_page(built_site):
    for root in ("", "nl/"):
        for xml in ((built_site / root / "sitemap.xml").read_bytes(), gzip.decompress(
                (built_site / root / "sitemap.xml.gz").read_bytes())):  # fmt: skip
            urls = ElementTree.fromstring(xml).findall(f"{{{SITEMAP_NS}}}url")
            assert urls
            for url in urls:
                path = url.findtext(f"{{{SITEMAP_NS}}}loc").removeprefix(SITE_URL + root)
                links = {x.get("hreflang"): x.get("href") for x in url.findall(f"{{{XHTML_NS}}}link")}
                assert links == {"en": SITE_URL + path, "nl": SITE_URL + "nl/" + path, "x-default": SITE_URL + path}


def test_dutch_pages_carry_dutch_words_dates_numbers_and_charts(built_site):
    home = _soup(built_site, "nl/index.html").get_text(" ")
    assert "Bloedige Januari" in home and "januari 2022" in home
    assert re.search(r"\b4\.353\b", home), "Dutch thousands separator"
    timeline = _soup(built_site, "nl/timeline/index.html").get_text(" ")
    assert "Tijdlijn" in timeline
    chart = (built_site / "nl/assets/charts/events-per-day-light-wide.svg").read_text(encoding="utf-8")
    assert "Gebeurtenissen" in chart and "2 jan" in chart
    locale = json.loads((built_site / "nl/assets/charts/locale.json").read_text(encoding="utf-8"))
    assert locale["format"]["thousands"] == "." and locale["time"]["months"][0] == "januari"
    nav = [a.get_text(strip=True) for a in _soup(built_site, "nl/index.html").select(".md-tabs__link")]
    assert "Tijdlijn" in nav and "Timeline" not in nav


def _english_interface_words() -> set[str]:
    """The engine's and the story's English phrases (two words or more) that the Dutch says otherwise."""
    english = yaml.safe_load((ROOT / "scripts/locale/en.yaml").read_text(encoding="utf-8"))
    dutch = yaml.safe_load((ROOT / "scripts/locale/nl.yaml").read_text(encoding="utf-8"))
    stories = [load(ROOT / "data", language).story.model_dump(mode="json") for language in ("en", "nl")]
    phrases = set()

    def walk(en, nl):
        if isinstance(en, dict):
            for key, value in en.items():
                walk(value, (nl or {}).get(key) if isinstance(nl, dict) else None)
        elif isinstance(en, list):
            for position, value in enumerate(en):
                walk(value, nl[position] if isinstance(nl, list) and position < len(nl) else None)
        elif isinstance(en, str) and en != nl:
            for piece in re.split(r"\{[^}]*\}|[:;,.()“”\"]", en):
                if len(piece.split()) >= 2:
                    phrases.add(piece.strip())

    walk(english, dutch)
    walk(stories[0], stories[1])
    # The theme's own labels, which Material ships in Dutch.
    return phrases | {"Back to top", "Skip to content", "Table of contents", "Switch to dark mode"}


def test_no_english_interface_words_on_dutch_pages(built_site):
    phrases = _english_interface_words()
    assert len(phrases) > 100
    found = []
    for page in _pages(built_site, "nl"):
        soup = _soup(built_site, "nl/" + page)
        for tag in soup.select('[lang]:not(html)'):  # quotes, source titles, texts marked as untranslated
            if tag["lang"] != "nl":
                tag.decompose()
        # Scripts; and the notes and footnotes that quote a page or a headline word for word.
        for tag in soup.select("script, style, .bj-source-entry__note, .footnote"):
            tag.decompose()
        text = " ".join(soup.get_text(" ").split())
        attributes = " ".join(str(value) for tag in soup.find_all(True) for name, value in tag.attrs.items()
                              if name in ("aria-label", "title", "alt", "placeholder"))  # fmt: skip
        found += [f"nl/{page}: {phrase!r}" for phrase in phrases
                  if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text + " | " + attributes)]  # fmt: skip
    assert found == []


def test_dutch_search_indexes_dutch_pages_with_the_dutch_stemmer(built_site):
    index = json.loads((built_site / "nl/search/search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["nl"]
    assert all(doc["location"].split("#")[0] in {p.removesuffix("index.html") for p in _pages(built_site, "nl")}
               for doc in index["docs"])  # fmt: skip
    assert any("doden" in doc["text"] for doc in index["docs"])
    english = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    assert english["config"]["lang"] == ["en"] and not any("Tijdlijn" == doc["title"] for doc in english["docs"])


def test_the_open_data_is_the_same_in_both_editions(built_site):
    for name in ("data/events.csv", "data/datapackage.json"):
        assert (built_site / name).read_bytes() == (built_site / "nl" / name).read_bytes(), name


def test_the_feeds_and_quotes_of_the_dutch_edition(built_site):
    atom = ElementTree.fromstring((built_site / "nl/feed.xml").read_bytes())
    assert atom.get("{http://www.w3.org/XML/1998/namespace}lang") == "nl"
    assert json.loads((built_site / "nl/feed.json").read_text(encoding="utf-8"))["language"] == "nl"
    reactions = _soup(built_site, "nl/reactions/index.html")
    quote = reactions.select_one('blockquote.bj-quote[lang="en"]')
    translation = quote.find_next_sibling("p")
    assert "bj-quote__translation" in translation["class"] and translation.get_text().startswith("Vertaling:")
    assert not reactions.select_one('blockquote.bj-quote[lang="nl"] + p.bj-quote__translation')


def test_edition_links_name_each_language_in_itself():
    story = load(ROOT / "data").story
    links = edition_links(story, "https://example.org/site/")
    assert [(link.language, link.name, link.root, link.url) for link in links] == [
        ("en", "English", "", "https://example.org/site/"), ("nl", "Nederlands", "nl/", "https://example.org/site/nl/")
    ]  # fmt: skip


def test_dutch_charts_on_a_phone_are_as_wide_as_the_english(built_site):
    """Longer Dutch words must not squeeze a chart's plot (labels that stick out shrink it to fit)."""
    for page in _pages(built_site):
        english, dutch = (
            {f["id"]: int(f["data-plot-narrow"].split("x")[0]) for f in _soup(built_site, root + page).select(
                "figure.bj-chart")}
            for root in ("", "nl/")
        )  # fmt: skip
        assert english.keys() == dutch.keys()
        for chart, width in english.items():
            assert dutch[chart] >= 0.85 * width, f"{page} {chart}: {dutch[chart]} px in Dutch, {width} in English"


def test_a_missing_dutch_text_stops_the_build_and_keeps_the_old_site(project_copy, tmp_path):
    from tests.conftest import mkdocs_build

    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("the old site", encoding="utf-8")
    events = project_copy / "data/events.yaml"
    text = events.read_text(encoding="utf-8")
    line = re.search(r"\n  title_nl: .*\n", text)
    events.write_text(text[: line.start()] + "\n" + text[line.end():], encoding="utf-8")
    result = mkdocs_build(project_copy, site)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "data/events.yaml:" in output and "title: the 'nl' text is missing: add title_nl" in output
    assert "Traceback" not in output
    assert (site / "index.html").read_text(encoding="utf-8") == "the old site" and not (site / "nl").exists()
