"""A second, independent accessibility engine: HTML_CodeSniffer (WCAG 2 AA), run offline in Chromium."""

import pytest

from tests.conftest import ROOT

HTMLCS = ROOT / "tools" / "checkers" / "node_modules" / "html_codesniffer" / "build" / "HTMLCS.js"

RUN = """() => new Promise((done) => {
  HTMLCS.process("WCAG2AA", document, () => {
    done(HTMLCS.getMessages().filter((m) => m.type === HTMLCS.ERROR).map((m) =>
      `${m.code}: ${m.msg.slice(0, 120)} <${m.element.tagName.toLowerCase()} class="${m.element.className}">`));
  });
})"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_html_codesniffer_finds_no_error(browser, site_url, page_paths, scheme):
    if not HTMLCS.exists():
        pytest.fail("HTML_CodeSniffer is missing: run the tests with `bash run.sh test`, which installs it")
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    errors = []
    for path in page_paths:
        page.goto(site_url + path, wait_until="networkidle")
        page.add_script_tag(path=str(HTMLCS))
        errors += [f"/{path} {error}" for error in page.evaluate(RUN)]
    context.close()
    assert errors == [], "\\n".join(errors)
