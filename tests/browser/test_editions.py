"""Readers find their edition: the switcher keeps the page and the event, Dutch search finds Dutch words."""

from __future__ import annotations

import pytest

from scripts.load import load
from scripts.paths import DATA_DIR
from tests.browser.conftest import searched


@pytest.mark.parametrize(("start", "language", "goal"), [("", "nl", "nl/"), ("nl/", "en", "")])
def test_the_switcher_keeps_the_page_and_the_event(browser, site_url, start, language, goal):
    event = load(DATA_DIR).events[40]
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(f"{site_url}{start}timeline/#{event.id}")
    page.locator(".md-select button").hover()
    page.locator(f"a.md-select__link[hreflang='{language}']").click()
    page.wait_for_url(f"{site_url}{goal}timeline/#{event.id}")
    assert page.locator("html").get_attribute("lang") == language
    page.wait_for_timeout(300)
    box = page.locator(f"li.bj-event > h4[id='{event.id}']").bounding_box()
    assert box is not None and 0 <= box["y"] < 800, box
    context.close()


def test_without_javascript_the_switcher_is_a_plain_link_to_the_same_page(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "nl/casualties/")
    page.locator(".md-select button").hover()
    page.locator("a.md-select__link[hreflang='en']").click()
    page.wait_for_url(site_url + "casualties/")
    assert page.locator("html").get_attribute("lang") == "en"
    context.close()


def test_dutch_search_finds_the_death_toll_in_dutch(browser, site_url):
    context, page = searched(browser, site_url + "nl/", "doden")
    texts = " ".join(item.inner_text() for item in page.locator(".md-search-result__item").all()).lower()
    assert "doden" in texts or "gedood" in texts
    links = [a.get_attribute("href") for a in page.locator(".md-search-result__link").all()]
    assert links and all("/nl/" in (page.url.rstrip("/") + "/" + link) or "nl/" in link for link in links), links
    context.close()
