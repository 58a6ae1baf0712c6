"""An old permalink to an event on a timeline now in parts lands on the event, in a real Chromium."""

from __future__ import annotations

import functools
import threading
from http.server import ThreadingHTTPServer

from tests.browser.conftest import _QuietHandler


def test_an_old_timeline_link_finds_its_part(split_site, browser):
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(split_site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        page = browser.new_page(viewport={"width": 390, "height": 800})
        page.goto(url + "timeline/#2022-01-06-republic-square-shooting")
        page.wait_for_url("**/timeline/part-*/#2022-01-06-republic-square-shooting", timeout=10_000)
        assert page.locator("[id='2022-01-06-republic-square-shooting']").is_visible()
        page.goto(url + "timeline/#no-such-event")  # an unknown anchor stays on the list of parts
        page.wait_for_timeout(500)
        assert page.url.endswith("/timeline/#no-such-event") and page.locator("nav.bj-parts").is_visible()
        page.close()
    finally:
        server.shutdown()
