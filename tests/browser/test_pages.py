"""Every page in a real browser: no errors, no requests to other hosts, accessible, light and dark."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import searched

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def visit_and_watch(browser, url: str, **context_options):
    """Open url; return the page and lists of console errors, failed and foreign requests."""
    context = browser.new_context(**context_options)
    page = context.new_page()
    watched = {"errors": [], "failed": [], "foreign": []}
    host = urlsplit(url).netloc
    page.on("console", lambda message: watched["errors"].append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: watched["errors"].append(str(error)))
    page.on("requestfailed", lambda request: watched["failed"].append(request.url))
    page.on(
        "request",
        lambda request: (
            watched["foreign"].append(request.url)
            if urlsplit(request.url).scheme in ("http", "https", "ws", "wss") and urlsplit(request.url).netloc != host
            else None
        ),
    )
    page.goto(url, wait_until="networkidle")
    return context, page, watched


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_is_clean_and_accessible(browser, site_url, page_paths, scheme):
    axe = Axe()
    problems = []
    for path in page_paths:
        context, page, watched = visit_and_watch(browser, site_url + path, color_scheme=scheme)
        # Wake every interactive chart too: its scripts must also come from this site and run cleanly.
        for chart in page.locator("figure.bj-chart").all():
            chart.scroll_into_view_if_needed()
            chart.hover()
        if page.locator("figure.bj-chart").count():
            page.wait_for_selector(".bj-chart--live", timeout=15000)
            page.wait_for_load_state("networkidle")
        # Long lists are laid out only near the screen (content-visibility); axe measures sizes and
        # colours from the layout, so it is given every box laid out, as a reader's scrolling would.
        page.add_style_tag(content="* { content-visibility: visible !important; }")
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_22_AA}})
        violations = [f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['target']})"
                      for v in results.response["violations"]]  # fmt: skip
        for kind in ("errors", "failed", "foreign"):
            problems += [f"/{path} {kind}: {item}" for item in watched[kind]]
        problems += [f"/{path} axe ({scheme}): {violation}" for violation in violations]
        context.close()
    assert problems == [], "\n".join(problems)


def test_without_javascript_charts_are_svg_and_every_event_is_listed(browser, site_url, page_paths, built_site):
    from scripts.load import load
    from scripts.paths import DATA_DIR

    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 800})
    page = context.new_page()
    for path in page_paths:
        page.goto(site_url + path)
        for image in page.locator("figure.bj-chart img").all():
            if image.is_visible():
                image.scroll_into_view_if_needed()
                assert page.evaluate("img => img.complete && img.naturalWidth > 0", image.element_handle()), path
        visible_charts = page.locator("figure.bj-chart .bj-chart__picture--light img:visible").count()
        assert visible_charts == page.locator("figure.bj-chart").count(), path
    page.goto(site_url + "timeline/")
    events = load(DATA_DIR).events
    assert page.locator("li.bj-event:visible").count() == len(events)
    context.close()


def test_palette_toggle_swaps_chart_images(browser, site_url):
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    page.goto(site_url + "casualties/")
    light = page.locator("figure.bj-chart").first.locator(".bj-chart__picture--light")
    dark = page.locator("figure.bj-chart").first.locator(".bj-chart__picture--dark")
    assert light.is_visible() and not dark.is_visible()
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    assert dark.is_visible() and not light.is_visible()
    context.close()


def test_search_finds_zhanaozen(browser, site_url):
    context, page = searched(browser, site_url, "Zhanaozen")
    assert "zhanaozen" in page.locator(".md-search-result__item").first.inner_text().lower()
    context.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_a_timeline_permalink_lands_on_its_event_below_the_day_rail(browser, site_url, width):
    from scripts.load import load
    from scripts.paths import DATA_DIR

    events = load(DATA_DIR).events
    event = sorted(events, key=lambda e: e.id)[len(events) // 2]
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(f"{site_url}timeline/#{event.id}")
    page.wait_for_timeout(300)
    box = page.locator(f"li.bj-event > h4[id='{event.id}']").bounding_box()
    rail = page.locator("nav.bj-jump").bounding_box()  # sticky under the header
    assert box is not None and rail is not None
    assert rail["y"] + rail["height"] <= box["y"] < 800, (box, rail)
    assert rail["height"] < 160, rail  # a label and one or two lines, not a quarter of a phone's screen
    context.close()


@pytest.mark.parametrize("javascript", [True, False])
def test_a_filter_narrows_the_timeline(browser, site_url, javascript):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(site_url + "timeline/")
    everything = page.locator("li.bj-event:visible").count()
    page.locator(".bj-filters a[href='#only-category-violence']").click()
    shown = page.locator("li.bj-event:visible")
    assert 0 < shown.count() < everything
    assert {item.get_attribute("data-category") for item in shown.all()} == {"violence"}
    note = page.locator(".bj-filtered-note:visible")
    assert note.count() == 1 and "Showing only: Violence" in note.inner_text()
    note.locator("a").click()
    assert page.locator("li.bj-event:visible").count() == everything
    context.close()


def test_with_javascript_a_category_and_a_place_combine(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    page.goto(site_url + "timeline/")
    page.locator(".bj-filters a[href='#only-category-violence']").click()
    page.locator(".bj-filters a[href='#only-place-almaty']").click()
    shown = page.locator("li.bj-event:visible")
    assert shown.count() > 0
    assert {(item.get_attribute("data-category"), item.get_attribute("data-place")) for item in shown.all()} == {
        ("violence", "almaty")
    }
    note = page.locator(".bj-filtered-note:visible")
    assert note.inner_text().startswith(f"Showing only: Violence, Almaty. {shown.count()} events.")
    assert page.locator(".bj-filters a[href='#only-place-almaty']").get_attribute("aria-pressed") == "true"
    context.close()


def test_search_finds_an_event_by_its_own_title(browser, site_url):
    context, page = searched(browser, site_url + "timeline/", "Republic Square")
    titles = page.locator(".md-search-result__item h1, .md-search-result__item h2")
    titles.first.wait_for(timeout=15000)
    texts = [(title.text_content() or "").strip() for title in titles.all()]
    assert "Troops open fire on crowd in Republic Square" in texts, texts  # an event, not its whole day
    assert not any("Link to this event" in text for text in texts)
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_screenshots_of_every_page(browser, site_url, page_paths, screenshot_dir, javascript):
    """For people to review (not compared): every page at two phone widths and a desktop's, light and dark."""
    for scheme in ("light", "dark"):
        for width in (320, 390, 1280):
            context = browser.new_context(
                color_scheme=scheme, viewport={"width": width, "height": 900}, java_script_enabled=javascript
            )
            page = context.new_page()
            for path in page_paths:
                page.goto(site_url + path, wait_until="networkidle")
                # Scroll once through the page so lazily loaded chart images are in the picture.
                page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
                page.wait_for_load_state("networkidle")
                page.evaluate("window.scrollTo(0, 0)")
                name = path.strip("/").replace("/", "-") or "home"
                target = screenshot_dir / f"{name}-{width}-{scheme}-{'js' if javascript else 'no-js'}.png"
                page.screenshot(path=str(target), full_page=True)
                assert target.stat().st_size > 10_000
                overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                assert overflow <= 0, f"/{path} is {overflow}px wider than a {width}px screen"
            context.close()


def test_copy_link_button_copies_the_permalink(browser, site_url):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page = context.new_page()
    page.goto(site_url + "timeline/")
    event = page.locator("li.bj-event").nth(3)
    event.locator(".bj-copy-link").click()
    page.wait_for_function("document.querySelectorAll('.bj-copy-link')[3].textContent !== 'Copy link'")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == site_url + "timeline/#" + event.locator("h4").get_attribute("id")
    assert event.locator(".bj-copy-link").inner_text() == "Link copied"
    context.close()


PRINT_LIMITS = {
    "": 6, "timeline/": 35, "casualties/": 30, "reactions/": 25,
    "nl/": 6, "nl/timeline/": 35, "nl/casualties/": 30, "nl/reactions/": 25,
}  # fmt: skip


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_pages_print_short_and_light(browser, site_url, scheme):
    import re

    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    for path, limit in PRINT_LIMITS.items():
        page.goto(site_url + path, wait_until="networkidle")
        pdf = page.pdf(format="A4", print_background=True)
        pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
        assert 0 < pages <= limit, f"/{path} prints to {pages} A4 pages in {scheme} mode (at most {limit})"
        page.emulate_media(media="print")
        page.set_viewport_size({"width": 690, "height": 900})  # A4 less its margins: 182 mm at 96 px per inch
        look = page.evaluate(
            """() => ({
                background: getComputedStyle(document.body).backgroundColor,
                text: getComputedStyle(document.querySelector('.md-typeset')).color,
                controls: [...document.querySelectorAll('.md-header, .bj-filters, .bj-jump, .bj-copy-link, .bj-sources')]
                    .filter(e => getComputedStyle(e).display !== 'none').length,
                darkPictures: [...document.querySelectorAll('.bj-chart__picture--dark')]
                    .filter(e => getComputedStyle(e).display !== 'none').length,
                chartsSplit: [...document.querySelectorAll('figure.bj-chart')]
                    .filter(e => getComputedStyle(e).breakInside !== 'avoid').length,
                sourcesAtEnd: document.querySelectorAll('.bj-print-sources li').length,
                cellsOverflowing: [...document.querySelectorAll('.bj-ledger td, .bj-table td')]
                    .filter(td => td.checkVisibility() && td.scrollWidth > td.clientWidth + 1)
                    .map(td => td.textContent.trim().slice(0, 40)),
            })"""
        )
        assert look["background"] == "rgb(255, 255, 255)" and look["text"] == "rgb(31, 35, 40)", (path, look)
        assert look["controls"] == 0 and look["darkPictures"] == 0 and look["chartsSplit"] == 0, (path, look)
        assert not look["cellsOverflowing"], f"/{path}: printed table cells too narrow for {look['cellsOverflowing'][:3]}"
        if path not in ("", "nl/"):  # the home pages cite through their links
            assert look["sourcesAtEnd"] > 0, path  # each page's sources once, at its end
        page.emulate_media(media=None)  # page.pdf() uses print media again
        page.set_viewport_size({"width": 1280, "height": 720})
    context.close()


@pytest.mark.parametrize("javascript", [True, False])
def test_no_page_scrolls_sideways_on_a_phone(browser, site_url, page_paths, javascript):
    for width in (320, 390):
        context = browser.new_context(viewport={"width": width, "height": 800}, java_script_enabled=javascript)
        page = context.new_page()
        for path in page_paths:
            page.goto(site_url + path, wait_until="load")
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"/{path} is {overflow}px wider than a {width}px screen (JavaScript {javascript})"
        context.close()


def test_buttons_chips_and_stand_alone_links_are_big_enough_to_tap(browser, site_url, page_paths):
    """WCAG 2.2, 2.5.8: at least 24 by 24 CSS pixels (links inside sentences are exempt)."""
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    small = []
    for path in page_paths:
        page.goto(site_url + path, wait_until="networkidle")
        small += page.evaluate(
            """(path) => [...document.querySelectorAll(
                '.md-content button, .bj-chip, .bj-jump a, .bj-filters a, .bj-key-moments a, .bj-copy-link, ' +
                '.bj-type-index a, .bj-keyfigure__meta a, summary')]
              .filter(e => e.offsetParent !== null)
              .map(e => [e, e.getBoundingClientRect()])
              .filter(([e, r]) => r.width < 24 || r.height < 24)
              .map(([e, r]) => `/${path} ${e.tagName} "${e.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`)""",
            path,
        )
    context.close()
    assert small == [], "\n".join(small)


def test_chart_text_is_at_least_11_px_on_a_phone(browser, site_url, page_paths):
    import re

    context = browser.new_context(viewport={"width": 390, "height": 800}, java_script_enabled=False)
    page = context.new_page()
    too_small = []
    for path in page_paths:
        page.goto(site_url + path, wait_until="load")
        for image in page.locator(".bj-chart__picture--light img").all():
            image.scroll_into_view_if_needed()
            page.wait_for_function("(img) => img.complete && img.naturalWidth > 0", arg=image.element_handle())
            source, shown, natural = image.evaluate("(img) => [img.currentSrc, img.clientWidth, img.naturalWidth]")
            svg = page.request.get(source).text()
            smallest = min(float(size) for size in re.findall(r'font-size="([\d.]+)px"', svg))
            if smallest * shown / natural < 11:
                too_small.append(f"/{path} {shown}/{natural} {source.rsplit('/', 1)[-1]}: {smallest * shown / natural:.1f} px")
    context.close()
    assert too_small == []


@pytest.mark.parametrize("width", [390, 1280])
def test_a_chart_keeps_its_size_when_it_becomes_interactive(browser, site_url, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(site_url + "casualties/", wait_until="networkidle")
    figure = page.locator("figure.bj-chart").first
    figure.scroll_into_view_if_needed()
    before = figure.locator(".bj-chart__picture--light img").bounding_box()
    figure.hover()
    live = figure.locator(".bj-chart__live svg")
    live.wait_for(timeout=20000)
    after = live.bounding_box()
    assert abs(after["width"] - before["width"]) <= 3 and abs(after["height"] - before["height"]) <= 3, (before, after)
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_badges_show_the_story_s_category_colours(browser, site_url, scheme):
    from scripts.colour import text_on
    from scripts.load import load
    from scripts.paths import DATA_DIR

    def rgb(hex_colour: str) -> str:
        return "rgb({}, {}, {})".format(*(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)))

    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(site_url + "timeline/")
    for category in load(DATA_DIR).story.categories:
        badge = page.locator(f".bj-filters .bj-badge--{category.id}")
        if badge.count():
            colours = badge.evaluate("(e) => [getComputedStyle(e).backgroundColor, getComputedStyle(e).color]")
            assert colours == [rgb(category.colour), rgb(text_on(category.colour))], category.id
    context.close()
