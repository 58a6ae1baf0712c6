"""A real Chromium (Debian's package, driven by Playwright) against the built site on 127.0.0.1."""

from __future__ import annotations

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.conftest import ROOT

SCREENSHOT_DIR = ROOT / "screenshots"
# Chromium's own background traffic (updates, sync, safe browsing) would be refused by a closed
# network and is not the site's; these flags keep the browser quiet so every request we see is ours.
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    "--disable-features=Translate,OptimizationHints,MediaRouter",
]  # fmt: skip


def chromium_path() -> str:
    found = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.fail("Chromium is missing: run the tests with `bash run.sh test`, which installs it")
    return found


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # the test output stays readable
        pass


@pytest.fixture(scope="session")
def site_url(built_site):
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


class _HeadersHandler(_QuietHandler):
    """Serves the site with the headers its _headers file gives, as Netlify or Cloudflare Pages would."""

    extra: dict = {}

    def end_headers(self):
        for name, value in self.extra.items():
            self.send_header(name, value)
        super().end_headers()


@pytest.fixture(scope="session")
def strict_site_url(built_site):
    from scripts.headers import parse_headers_file

    headers = parse_headers_file((built_site / "_headers").read_text(encoding="utf-8"))
    handler = functools.partial(type("Handler", (_HeadersHandler,), {"extra": headers}), directory=str(built_site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def page_paths(built_site) -> list[str]:
    """Every HTML page of the site, as URL paths ('', 'timeline/', ...), 404 excluded."""
    paths = []
    for html in sorted(built_site.rglob("index.html")):
        relative = html.parent.relative_to(built_site).as_posix()
        paths.append("" if relative == "." else relative + "/")
    return paths


@pytest.fixture
def screenshot_dir() -> Path:
    SCREENSHOT_DIR.mkdir(exist_ok=True)
    return SCREENSHOT_DIR


def searched(browser, url: str, words: str):
    """A new page at url with `words` typed into the site's search, once its first result shows:
    (context, page)."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    page.locator("input.md-search__input").click()
    page.keyboard.type(words)
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    return context, page
